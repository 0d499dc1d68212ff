package newsearch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of an index directory: one Lucene index per generation ({@code gen-000001}, ...) and a
 * {@code CURRENT} file naming the generation that is served.
 *
 * <p>A new generation is built beside the served one and becomes current only when {@link #publish}
 * replaces {@code CURRENT} with an atomic rename, so a reader sees either the old generation or the
 * new one, never a half-built index. Not thread-safe; one writer at a time.
 */
public final class IndexGenerations {

  private static final String CURRENT = "CURRENT";
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6})");

  private final Path root;

  /** A view of the index directory {@code root}, which need not exist yet. */
  public IndexGenerations(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The index directory. */
  public Path root() {
    return root;
  }

  /** The directory of the served generation, or empty when nothing was published yet. */
  public Optional<Path> current() {
    try {
      String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip();
      Path dir = root.resolve(name);
      return GENERATION.matcher(name).matches() && Files.isDirectory(dir)
          ? Optional.of(dir)
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(CURRENT), e);
    }
  }

  /** Creates the directory for the next generation, numbered after every existing one. */
  public Path createNext() throws IOException {
    Files.createDirectories(root);
    int next = generations().stream().mapToInt(IndexGenerations::number).max().orElse(0) + 1;
    return Files.createDirectory(root.resolve(String.format(Locale.ROOT, "gen-%06d", next)));
  }

  /** Makes {@code generation} the served one, atomically. */
  public void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Deletes generations that are neither current nor among the {@code keep} newest published ones,
   * including half-built generations left by an interrupted job.
   */
  public void prune(int keep) throws IOException {
    Optional<Path> current = current();
    int currentNumber = current.map(IndexGenerations::number).orElse(0);
    List<Path> all = generations();
    for (Path gen : all) {
      int n = number(gen);
      boolean abandoned = n > currentNumber;
      boolean old = n <= currentNumber - keep;
      if ((abandoned || old) && !current.map(gen::equals).orElse(false)) {
        deleteTree(gen);
      }
    }
  }

  /** Deletes a generation that was never published, such as one whose build failed. */
  public void discard(Path generation) throws IOException {
    if (!current().map(generation::equals).orElse(false)) {
      deleteTree(generation);
    }
  }

  /**
   * Serves the newest generation older than the current one again, and deletes the current one.
   * Takes the writer lock.
   *
   * @return the generation now served
   * @throws IllegalStateException when there is no older generation to return to
   */
  public Path rollback() throws IOException {
    try (IndexLock lock = IndexLock.acquire(root)) {
      Path current =
          current()
              .orElseThrow(
                  () -> new IllegalStateException("no index at " + root + " to roll back"));
      Path previous =
          generations().stream()
              .filter(g -> number(g) < number(current))
              .reduce((older, newer) -> newer)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no generation older than " + name(current) + " is kept at " + root));
      publish(previous);
      deleteTree(current);
      return previous;
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

  private static int number(Path generation) {
    Matcher m = GENERATION.matcher(name(generation));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
