package newsearch.indexer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import newsearch.ingest.ReaderConfig;
import newsearch.schema.Json;
import newsearch.schema.NewsSchema;

/**
 * The one way to write an index directory: builds new generations ({@link #reindex}), adds,
 * replaces and deletes articles in the served one ({@link #update}, {@link #delete}), and serves an
 * older one again ({@link #rollback}, {@link #rollbackTo}), each with a typed report. The commands
 * and the service's admin routes all write through it.
 *
 * <p>Every write holds the index's {@link IndexLock} from start to end, so two writers (a command
 * and the service, or two requests) never write at once: the second gets {@link IndexBusyException}
 * at once. Inputs are read with the limits of its {@link ReaderConfig}; a bad file or line is a
 * rejection counted by its {@link newsearch.ingest.Rejection.Reason} in the report, never the end
 * of the call. Readers passed in are the caller's to close.
 *
 * <p>Thread-safe: it holds no state between calls beyond its settings; concurrency is the lock's.
 * It opens no searcher; a service refreshes its own after a write.
 */
public final class IndexStore {

  /** Name of the report of the last reindex, written next to the generations. */
  public static final String REPORT_FILE = "reindex-report.json";

  private final IndexGenerations generations;
  private final NewsSchema schema;
  private final IndexerConfig config;
  private final ReaderConfig readerConfig;
  private final LiveIndexUpdater updater;

  /** A store of the index at {@code generations} with the default settings. */
  public IndexStore(IndexGenerations generations) {
    this(generations, IndexerConfig.DEFAULTS);
  }

  /** A store that writes with {@code config}, such as another number of threads. */
  public IndexStore(IndexGenerations generations, IndexerConfig config) {
    this(generations, new NewsSchema(), config, ReaderConfig.DEFAULTS);
  }

  /** A store that writes with {@code config} and reads with {@code readerConfig}'s limits. */
  public IndexStore(
      IndexGenerations generations,
      NewsSchema schema,
      IndexerConfig config,
      ReaderConfig readerConfig) {
    this.generations = generations;
    this.schema = schema;
    this.config = config;
    this.readerConfig = readerConfig;
    this.updater = new LiveIndexUpdater(schema, config, readerConfig);
  }

  /** The generations of the index, for a searcher to serve. */
  public IndexGenerations generations() {
    return generations;
  }

  /** The index directory. */
  public Path root() {
    return generations.root();
  }

  /**
   * Reads every supported file under {@code inputs} into a new generation, publishes it when at
   * least one article was indexed, and writes the report to {@link #REPORT_FILE} next to the
   * generations. {@code progress} hears how far it has come a few times a second, on the calling
   * thread.
   *
   * @throws NothingIndexedException when no input yielded an article; the served index is kept
   * @throws NotEnoughSpaceException when the disk is too full to start; nothing is written
   * @throws UnreadableCurrentException when generations exist but CURRENT cannot be read
   * @throws IndexBusyException when another writer holds the lock
   * @throws IOException when the index cannot be written
   */
  public ReindexReport reindex(List<Path> inputs, Consumer<ReindexProgress> progress)
      throws IOException {
    boolean created = Files.notExists(root());
    try (IndexLock lock = IndexLock.acquire(root())) {
      try {
        ReindexReport report =
            new ReindexJob(schema, config, readerConfig, progress).run(inputs, generations);
        Files.writeString(
            root().resolve(REPORT_FILE), Json.PRETTY.toJson(report) + "\n", StandardCharsets.UTF_8);
        return report;
      } catch (IOException | RuntimeException e) {
        if (created) {
          // A first reindex that failed leaves no directory holding only the lock behind.
          lock.removeIfUnused();
        }
        throw e;
      }
    }
  }

  /**
   * Adds or replaces, by id and in one commit, the articles of every supported file under {@code
   * inputs}.
   *
   * @throws IndexBusyException when another writer holds the lock
   * @throws java.io.FileNotFoundException when there is no served generation
   * @throws IOException when the index cannot be written; nothing of the call is committed
   */
  public UpdateReport update(List<Path> inputs) throws IOException {
    return update(updater.read(inputs));
  }

  /**
   * Adds or replaces the articles of the JSON Lines in {@code jsonLines}, as {@link #update(List)}
   * does; {@code name} stands for the input in rejections.
   */
  public UpdateReport update(Reader jsonLines, Path name) throws IOException {
    return update(read(jsonLines, name));
  }

  /**
   * Reads JSON Lines from {@code jsonLines} without writing, for a caller that looks at the
   * articles before it calls {@link #update(ParsedInput)}; {@code name} stands for the input in
   * rejections.
   */
  public ParsedInput read(Reader jsonLines, Path name) throws IOException {
    return updater.readJsonLines(jsonLines, name);
  }

  /** Adds or replaces the articles of {@code input}, as {@link #update(List)} does. */
  public UpdateReport update(ParsedInput input) throws IOException {
    try (IndexLock lock = IndexLock.acquire(root())) {
      return updater.index(input, generations);
    }
  }

  /**
   * Removes the articles with {@code ids} in one commit; the ids the index does not have are
   * reported.
   *
   * @throws IndexBusyException when another writer holds the lock
   * @throws java.io.FileNotFoundException when there is no served generation
   */
  public UpdateReport delete(List<String> ids) throws IOException {
    try (IndexLock lock = IndexLock.acquire(root())) {
      return updater.delete(ids, generations);
    }
  }

  /**
   * Serves the newest generation older than the current one again, once it passes its check, and
   * deletes the current one.
   *
   * @return the generation now served
   * @throws IllegalStateException when there is no older generation to return to
   * @throws CorruptGenerationException when the older generation fails its check; nothing changed
   * @throws newsearch.schema.IncompatibleIndexException when it has another schema version
   * @throws IndexBusyException when another writer holds the lock
   */
  public Path rollback() throws IOException {
    try (IndexLock lock = IndexLock.acquire(root())) {
      return generations.rollback();
    }
  }

  /**
   * Serves the generation called {@code name}, once it passes its check, whatever {@code CURRENT}
   * says; deletes nothing.
   *
   * @return the generation now served
   * @throws IllegalArgumentException when {@code name} is not a generation of this index
   * @throws CorruptGenerationException when it fails its check; nothing changed
   * @throws IndexBusyException when another writer holds the lock
   */
  public Path rollbackTo(String name) throws IOException {
    IndexGenerations.checkName(name);
    try (IndexLock lock = IndexLock.acquire(root())) {
      return generations.rollbackTo(name);
    }
  }
}
