package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.InputWarning;
import newsearch.ingest.ReaderConfig;
import newsearch.schema.NewsSchema;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a complete new index generation from input files and folders, then publishes it.
 *
 * <p>Files are read on the calling thread; articles go in batches to a bounded pool of indexing
 * threads, where Lucene's analysis and the sentence encoder (the costly parts) run in parallel:
 * each thread embeds and analyses its batch, so one thread's embedding overlaps another's analysis.
 * Vectors of text embedded before come from the cache next to the generations. A bad file or line
 * is a counted, reported rejection, never the end of the job. The served generation is untouched
 * until the new one is committed and verified, so an interrupted job leaves the index as it was.
 *
 * <p>It takes no lock: its one caller, {@link IndexStore#reindex}, holds the index's {@link
 * IndexLock} throughout and saves the report. One job runs at a time.
 */
final class ReindexJob {

  private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);

  private final NewsSchema schema;
  private final IndexerConfig config;
  private final ArticleFileReader reader;

  /** How often progress is reported while reading. */
  private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final Consumer<ReindexProgress> progress;
  private final FreeSpace freeSpace;
  private final GenerationCheck check;

  /**
   * A job writing with {@code schema} and {@code config} whose readers keep to the limits of {@code
   * readerConfig}, and that tells {@code progress} how far it has come a few times a second, from
   * the reading thread.
   */
  ReindexJob(
      NewsSchema schema,
      IndexerConfig config,
      ReaderConfig readerConfig,
      Consumer<ReindexProgress> progress) {
    this(schema, config, readerConfig, progress, FreeSpace.FILE_STORE);
  }

  /** A job as above that asks {@code freeSpace} how much room the index's file system has left. */
  ReindexJob(
      NewsSchema schema,
      IndexerConfig config,
      ReaderConfig readerConfig,
      Consumer<ReindexProgress> progress,
      FreeSpace freeSpace) {
    this.schema = schema;
    this.config = config;
    this.reader = new ArticleFileReader(readerConfig);
    this.progress = progress;
    this.freeSpace = freeSpace;
    this.check = new GenerationCheck(schema);
  }

  /**
   * Reads every supported file under {@code inputs} into a new generation of {@code index} and
   * publishes it when at least one article was indexed. The caller holds the index's lock.
   *
   * @throws NothingIndexedException when no input yielded an article; the served index is kept
   * @throws NotEnoughSpaceException when the disk is too full to start; nothing is written
   * @throws UnreadableCurrentException when generations exist but CURRENT cannot be read; nothing
   *     is written or deleted
   * @throws IOException when the index cannot be written
   */
  ReindexReport run(List<Path> inputs, IndexGenerations index) throws IOException {
    long start = System.nanoTime();
    index.prune(config.keepGenerations());
    InputFiles files = InputFiles.list(inputs, reader);
    ReindexSpace.ensure(index.root(), files, freeSpace);
    Path generation = index.createNext();
    ReindexCounts counts = new ReindexCounts();
    boolean published = false;
    try (ArticleVectors vectors =
            config.vectors() ? ArticleVectors.cachedIn(index.root()) : ArticleVectors.NONE;
        NewsIndexer indexer =
            NewsIndexer.create(generation, schema, config, carriedFrom(index), vectors)) {
      ProgressClock clock = new ProgressClock(files.totalBytes(), counts, vectors, start);
      readAll(files, indexer, counts, clock);
      double mergeSeconds = 0;
      if (config.segments() > 0) {
        // Flushed first, so that the merge's time is its own and not the last buffer's.
        indexer.flush();
        long mergeStart = System.nanoTime();
        indexer.mergeInto(config.segments());
        mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
      }
      indexer.commit(Map.of());
      long indexed = indexer.liveDocuments();
      if (indexed == 0) {
        throw new NothingIndexedException(
            "no article could be indexed from " + inputs + describeNothingRead(files, counts));
      }
      // Opened as the service will open it, so that an index that cannot be served is never
      // published.
      check.verify(generation, indexed);
      index.publish(generation);
      published = true;
      vectors.saveUsed();
      // Only now: a job that fails after reading everything must not have said it was done.
      clock.report(true);
      return new ReindexReport(
          generation.getFileName().toString(),
          counts.files.get(),
          counts.articles.get() + counts.contentDuplicates,
          indexed,
          counts.articles.get() - indexed + counts.contentDuplicates,
          ReindexReport.describe(counts.rejections),
          counts.byReason(indexed),
          counts.bytes.get(),
          (System.nanoTime() - start) / 1e9,
          counts.warnings.stream().map(InputWarning::toString).toList(),
          indexer.liveDocumentsByLanguage(),
          vectors.enabled(),
          vectors.embedded(),
          vectors.reused(),
          indexer.committedSegments(),
          mergeSeconds);
    } finally {
      if (!published) {
        index.discard(generation);
      }
      index.prune(config.keepGenerations());
    }
  }

  /**
   * The stamps of the served generation, carried over so that the articles it already holds are not
   * new in the next one; all new when there is none.
   */
  private static FirstSearchable carriedFrom(IndexGenerations index) throws IOException {
    Optional<Path> served = index.current();
    if (served.isEmpty()) {
      return FirstSearchable.allNew();
    }
    try {
      return FirstSearchable.carriedFromOwned(FSDirectory.open(served.get()));
    } catch (IOException | RuntimeException e) {
      // A reindex is how a damaged index is replaced, so it must not fail on it.
      log.warn(
          "cannot read when the articles of {} first became searchable; all are new: {}",
          served.get().getFileName(),
          e.toString());
      return FirstSearchable.allNew();
    }
  }

  private void readAll(
      InputFiles inputs, NewsIndexer indexer, ReindexCounts counts, ProgressClock clock)
      throws IOException {
    ExecutorService pool = boundedPool(config.threads());
    BatchingSink sink = new BatchingSink(indexer, pool, counts, config.batchSize());
    try {
      inputs.read(reader, sink, clock::bytesRead, sink::throwIfFailed);
      sink.finish();
      pool.shutdown();
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("indexing threads did not finish");
      }
      sink.throwIfFailed();
      clock.report(false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sends progress reports at most every {@link #PROGRESS_NANOS}. */
  private final class ProgressClock {
    private final long totalBytes;
    private final ReindexCounts counts;
    private final ArticleVectors vectors;
    private final long start;
    private long lastReport;

    ProgressClock(long totalBytes, ReindexCounts counts, ArticleVectors vectors, long start) {
      this.totalBytes = totalBytes;
      this.counts = counts;
      this.vectors = vectors;
      this.start = start;
    }

    void bytesRead(long n) {
      counts.bytes.addAndGet(n);
      if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
        report(false);
      }
    }

    void report(boolean done) {
      lastReport = System.nanoTime();
      progress.accept(
          new ReindexProgress(
              counts.bytes.get(),
              totalBytes,
              counts.articles.get(),
              (lastReport - start) / 1e9,
              done,
              vectors.embedded(),
              vectors.reused()));
    }
  }

  /**
   * Why nothing was indexed: the first rejection, or that the supported files found hold no
   * article, or that none was found.
   */
  private static String describeNothingRead(InputFiles files, ReindexCounts counts) {
    if (!counts.rejections.isEmpty()) {
      return "; first rejection: " + counts.rejections.get(0);
    }
    int found = files.files().size();
    if (found == 1) {
      return " (1 file, empty)";
    }
    if (found > 1) {
      return String.format(Locale.ROOT, " (%,d files, all empty)", found);
    }
    return " (no .txt, .html, .htm or .jsonl files, plain or gzipped, found)";
  }

  /** A pool whose queue blocks the reader instead of growing without bound. */
  private static ExecutorService boundedPool(int threads) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 2),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }
}
