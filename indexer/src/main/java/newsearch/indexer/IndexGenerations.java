package newsearch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout of an index directory: one Lucene index per generation ({@code gen-000001}, ...) and a
 * {@code CURRENT} file naming the generation that is served.
 *
 * <p>A new generation is built beside the served one and becomes current only when {@link #publish}
 * replaces {@code CURRENT}: the new file is synced, renamed atomically over the old one, and the
 * directory synced, so a reader sees either the old generation or the new one, and a power loss
 * cannot leave {@code CURRENT} empty. Generations are precious: a directory that holds committed
 * generations but no readable {@code CURRENT} is an error ({@link UnreadableCurrentException}),
 * never taken for an empty one, and only generations that are provably superseded or half-built are
 * deleted. Not thread-safe; one writer at a time.
 */
public final class IndexGenerations {

  private static final Logger log = LoggerFactory.getLogger(IndexGenerations.class);

  private static final String CURRENT = "CURRENT";
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6})");

  private final Path root;

  /** A view of the index directory {@code root}, which need not exist yet. */
  public IndexGenerations(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * What {@code CURRENT} said when it was read, and when it was last written; {@code named} is null
   * when there is no {@code CURRENT}. Two publications of the same generation name differ in time.
   */
  public record Publication(String named, FileTime written) {}

  /** The index directory. */
  public Path root() {
    return root;
  }

  /**
   * The directory of the served generation, or empty when nothing was ever published there: no
   * {@code CURRENT} and no generation holding a commit.
   *
   * @throws UnreadableCurrentException when {@code CURRENT} is missing, empty, unreadable or names
   *     no generation although the directory is not empty
   */
  public Optional<Path> current() {
    String problem;
    try {
      String named = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
      if (GENERATION.matcher(named).matches() && Files.isDirectory(root.resolve(named))) {
        return Optional.of(root.resolve(named));
      }
      problem =
          named.isEmpty()
              ? "CURRENT is empty"
              : GENERATION.matcher(named).matches()
                  ? "CURRENT names " + named + ", which does not exist"
                  : "CURRENT does not name a generation";
    } catch (NoSuchFileException e) {
      problem = null;
    } catch (CharacterCodingException e) {
      problem = "CURRENT does not name a generation";
    } catch (IOException e) {
      problem = "CURRENT cannot be read: " + e.getMessage();
    }
    try {
      List<Path> committed = committed();
      if (problem == null && committed.isEmpty()) {
        return Optional.empty();
      }
      throw new UnreadableCurrentException(
          RecoveryAdvice.forLostCurrent(
              root, problem == null ? "there is no CURRENT" : problem, committed));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the generations at " + root, e);
    }
  }

  /** What {@code CURRENT} says now, without judging it: cheap enough to ask every refresh. */
  public Publication publication() throws IOException {
    Path file = root.resolve(CURRENT);
    try {
      FileTime written = Files.getLastModifiedTime(file);
      return new Publication(Files.readString(file, StandardCharsets.UTF_8).strip(), written);
    } catch (NoSuchFileException e) {
      return new Publication(null, FileTime.fromMillis(0));
    }
  }

  /** Creates the directory for the next generation, numbered after every existing one. */
  public Path createNext() throws IOException {
    Files.createDirectories(root);
    int next = generations().stream().mapToInt(IndexGenerations::number).max().orElse(0) + 1;
    return Files.createDirectory(root.resolve(String.format(Locale.ROOT, "gen-%06d", next)));
  }

  /** Makes {@code generation} the served one, atomically and durably. */
  public void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, name(generation) + "\n", StandardCharsets.UTF_8);
    IOUtils.fsync(tmp, false);
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    IOUtils.fsync(root, true);
  }

  /**
   * Deletes the generations that are provably unwanted: those {@code keep} or more publications
   * older than the current one, and newer ones that hold no commit at all (a job was stopped before
   * its first commit). A newer generation that holds a commit is kept, and logged, since it may be
   * a complete index. Call it holding the writer lock, so that no job is building one.
   *
   * @throws UnreadableCurrentException when {@code CURRENT} cannot be read; nothing is deleted
   */
  public void prune(int keep) throws IOException {
    Optional<Path> current = current();
    int currentNumber = current.map(IndexGenerations::number).orElse(0);
    for (Path gen : generations()) {
      int n = number(gen);
      if (current.map(gen::equals).orElse(false)) {
        continue;
      }
      if (n <= currentNumber - keep) {
        deleteTree(gen);
      } else if (n > currentNumber && !hasCommit(gen)) {
        log.info("deleting {}: a half-built generation, it holds no commit", gen);
        deleteTree(gen);
      } else if (n > currentNumber) {
        log.warn(
            "keeping {}: newer than the served {} but it holds a commit; delete it by hand if it"
                + " is not wanted",
            gen,
            current.map(IndexGenerations::name).orElse("(none)"));
      }
    }
  }

  /**
   * Deletes a generation that was never published, such as one whose build failed. Only what {@code
   * CURRENT} names is asked, not whether it can be read: the first build of an index fails before
   * any {@code CURRENT} exists, and its own generation must still go.
   */
  public void discard(Path generation) throws IOException {
    if (!name(generation).equals(publication().named())) {
      deleteTree(generation);
    }
  }

  /**
   * Serves the newest generation older than the current one again, once it has passed the same
   * check as a new generation, and then deletes the current one. The caller, {@link
   * IndexStore#rollback}, holds the writer lock.
   *
   * @return the generation now served
   * @throws IllegalStateException when there is no older generation to return to
   * @throws CorruptGenerationException when the older generation fails its check; nothing changed
   */
  Path rollback() throws IOException {
    Path current =
        current()
            .orElseThrow(() -> new IllegalStateException("no index at " + root + " to roll back"));
    Path previous =
        generations().stream()
            .filter(g -> number(g) < number(current))
            .reduce((older, newer) -> newer)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no generation older than " + name(current) + " is kept at " + root));
    try {
      check().verify(previous, GenerationCheck.ANY_COUNT);
    } catch (CorruptGenerationException e) {
      throw new CorruptGenerationException(
          "cannot roll back: the previous " + e.getMessage() + "; still serving " + name(current),
          e.generation(),
          e);
    }
    publish(previous);
    deleteTree(current);
    return previous;
  }

  /**
   * Serves the named generation, once it has passed the same check as a new generation, whatever
   * {@code CURRENT} says or whether it can be read; deletes nothing. The caller, {@link
   * IndexStore#rollbackTo}, has {@linkplain #checkName checked the name} and holds the writer lock.
   *
   * @return the generation now served
   * @throws IllegalArgumentException when {@code name} is not a generation of this index
   * @throws CorruptGenerationException when it fails its check; nothing changed
   */
  Path rollbackTo(String name) throws IOException {
    Path target = root.resolve(name);
    if (!Files.isDirectory(target)) {
      throw new IllegalArgumentException(
          "no generation " + name + " at " + root + "; there are: " + names(generations()));
    }
    try {
      check().verify(target, GenerationCheck.ANY_COUNT);
    } catch (CorruptGenerationException e) {
      throw new CorruptGenerationException(
          "cannot serve " + name + ": " + e.getMessage() + "; nothing was changed",
          e.generation(),
          e);
    }
    publish(target);
    return target;
  }

  /**
   * Refuses a name that is not a generation's, such as {@code ../etc}, before anything is locked or
   * created.
   */
  static void checkName(String name) {
    if (!GENERATION.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a generation is named like gen-000004, got '" + name + "'");
    }
  }

  /** Every generation directory, oldest first. */
  public List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(p -> Files.isDirectory(p) && GENERATION.matcher(name(p)).matches())
          .sorted(Comparator.comparingInt(IndexGenerations::number))
          .toList();
    }
  }

  private List<Path> committed() throws IOException {
    List<Path> committed = new ArrayList<>();
    for (Path gen : generations()) {
      if (hasCommit(gen)) {
        committed.add(gen);
      }
    }
    return committed;
  }

  private static boolean hasCommit(Path generation) throws IOException {
    try (FSDirectory dir = FSDirectory.open(generation)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  private static GenerationCheck check() {
    return new GenerationCheck(new NewsSchema());
  }

  private static int number(Path generation) {
    Matcher m = GENERATION.matcher(name(generation));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static String names(List<Path> generations) {
    return String.join(", ", generations.stream().map(IndexGenerations::name).toList());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
