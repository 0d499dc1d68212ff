package newsearch.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.ReadFailure;
import newsearch.ingest.ReaderConfig;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a complete new index generation from input files and folders, then publishes it.
 *
 * <p>Files are read on the calling thread; articles go in batches to a bounded pool of indexing
 * threads, where Lucene's analysis (the costly part) runs in parallel. A bad file or line is a
 * counted, reported rejection, never the end of the job. The served generation is untouched until
 * the new one is committed and verified, so an interrupted job leaves the index as it was. The job
 * holds the index's {@link IndexLock} throughout.
 */
public final class ReindexJob {

  private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);

  private final NewsSchema schema;
  private final IndexerConfig config;
  private final ArticleFileReader reader;

  /**
   * Body characters after which a batch is handed on before it is full: some hundred ordinary
   * articles, yet at most a few of the longest, so that memory held per batch stays in megabytes.
   */
  private static final long MAX_BATCH_CHARS = 4L << 20;

  /** How often progress is reported while reading. */
  private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final Consumer<ReindexProgress> progress;
  private final FreeSpace freeSpace;
  private final GenerationCheck check;

  /** A job writing with {@code schema} and {@code config}, reporting no progress. */
  public ReindexJob(NewsSchema schema, IndexerConfig config) {
    this(schema, config, p -> {});
  }

  /**
   * A job writing with {@code schema} and {@code config} that tells {@code progress} how far it has
   * come a few times a second, from the reading thread.
   */
  public ReindexJob(NewsSchema schema, IndexerConfig config, Consumer<ReindexProgress> progress) {
    this(schema, config, ReaderConfig.DEFAULTS, progress, FreeSpace.FILE_STORE);
  }

  /** A job as above whose readers keep to the limits of {@code readerConfig}. */
  public ReindexJob(
      NewsSchema schema,
      IndexerConfig config,
      ReaderConfig readerConfig,
      Consumer<ReindexProgress> progress) {
    this(schema, config, readerConfig, progress, FreeSpace.FILE_STORE);
  }

  /** A job that asks {@code freeSpace} how much room the index's file system has left. */
  ReindexJob(
      NewsSchema schema,
      IndexerConfig config,
      Consumer<ReindexProgress> progress,
      FreeSpace freeSpace) {
    this(schema, config, ReaderConfig.DEFAULTS, progress, freeSpace);
  }

  private ReindexJob(
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
   * publishes it when at least one article was indexed.
   *
   * @throws NothingIndexedException when no input yielded an article; the served index is kept
   * @throws NotEnoughSpaceException when the disk is too full to start; nothing is written
   * @throws UnreadableCurrentException when generations exist but CURRENT cannot be read; nothing
   *     is written or deleted
   * @throws IOException when the index cannot be written
   */
  public ReindexReport run(List<Path> inputs, IndexGenerations index) throws IOException {
    try (IndexLock lock = IndexLock.acquire(index.root())) {
      return build(inputs, index);
    }
  }

  private ReindexReport build(List<Path> inputs, IndexGenerations index) throws IOException {
    long start = System.nanoTime();
    index.prune(config.keepGenerations());
    InputFiles files = InputFiles.list(inputs, reader);
    ReindexSpace.ensure(index.root(), files, freeSpace);
    Path generation = index.createNext();
    Counts counts = new Counts();
    boolean published = false;
    try (NewsIndexer indexer = NewsIndexer.create(generation, schema, config)) {
      readAll(files, indexer, counts, start);
      indexer.commit(Map.of());
      long indexed = indexer.liveDocuments();
      if (indexed == 0) {
        throw new NothingIndexedException(
            "no article could be indexed from " + inputs + describeFirstRejections(counts));
      }
      // Opened as the service will open it, so that an index that cannot be served is never
      // published.
      check.verify(generation, indexed);
      index.publish(generation);
      published = true;
      return new ReindexReport(
          generation.getFileName().toString(),
          counts.files.get(),
          counts.articles.get() + counts.contentDuplicates,
          indexed,
          counts.articles.get() - indexed + counts.contentDuplicates,
          ReindexReport.describe(counts.rejections),
          counts.bytes.get(),
          (System.nanoTime() - start) / 1e9,
          counts.warnings.stream().map(InputWarning::toString).toList());
    } finally {
      if (!published) {
        index.discard(generation);
      }
      index.prune(config.keepGenerations());
    }
  }

  private void readAll(InputFiles inputs, NewsIndexer indexer, Counts counts, long start)
      throws IOException {
    inputs.missing().forEach(counts::reject);
    ExecutorService pool = boundedPool(config.threads());
    BatchingSink sink = new BatchingSink(indexer, pool, counts);
    ProgressClock clock = new ProgressClock(inputs.totalBytes(), counts, start);
    try {
      for (Path file : inputs.files()) {
        readFile(file, sink, counts, clock);
        sink.throwIfFailed();
      }
      sink.finish();
      pool.shutdown();
      if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
        throw new IOException("indexing threads did not finish");
      }
      sink.throwIfFailed();
      clock.report(true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private void readFile(Path file, BatchingSink sink, Counts counts, ProgressClock clock) {
    counts.files.incrementAndGet();
    sink.startFile(file);
    try {
      reader.read(file, sink, clock::bytesRead);
    } catch (IOException e) {
      counts.reject(new Rejection(file, 0, ReadFailure.describe(e)));
    } catch (UncheckedIOException e) {
      counts.reject(new Rejection(file, 0, ReadFailure.describe(e.getCause())));
    }
  }

  /** Sends progress reports at most every {@link #PROGRESS_NANOS}. */
  private final class ProgressClock {
    private final long totalBytes;
    private final Counts counts;
    private final long start;
    private long lastReport;

    ProgressClock(long totalBytes, Counts counts, long start) {
      this.totalBytes = totalBytes;
      this.counts = counts;
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
              done));
    }
  }

  private static String describeFirstRejections(Counts counts) {
    if (counts.rejections.isEmpty()) {
      return " (no .txt, .html, .htm or .jsonl files, plain or gzipped, found)";
    }
    return "; first rejection: " + counts.rejections.get(0);
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

  /** Counters shared by the reading thread and the indexing threads. */
  private static final class Counts {
    final AtomicLong files = new AtomicLong();
    final AtomicLong articles = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final List<Rejection> rejections = Collections.synchronizedList(new ArrayList<>());
    final List<InputWarning> warnings = Collections.synchronizedList(new ArrayList<>());
    final ContentDuplicates duplicates = new ContentDuplicates();
    long contentDuplicates;

    void reject(Rejection rejection) {
      rejections.add(rejection);
      log.warn("rejected {}", rejection);
    }

    void warn(InputWarning warning) {
      warnings.add(warning);
      log.warn("indexed with a gap {}", warning);
    }

    /** An article that was read and counted, then refused by the writer. */
    void refuse(Path file, Refusal refusal) {
      articles.decrementAndGet();
      reject(new Rejection(file, 0, refusal.describe()));
    }
  }

  /**
   * Collects articles into batches and hands each full batch to the indexing pool.
   *
   * <p>An article whose id was not seen before in this job is appended without a delete-by-id:
   * applying a delete for every article of a full reindex is work the writer does under a lock, and
   * it kept the indexing threads waiting. A later copy of an id (the last copy wins) is held back
   * and replaces the earlier one once every batch before it is in, so that the order of the input
   * decides, not the order in which threads finish.
   *
   * <p>A batch is handed on when it holds {@link IndexerConfig#batchSize} articles or {@link
   * #MAX_BATCH_CHARS} characters of text, whichever comes first, so that a run of very long
   * articles does not hold hundreds of them in memory per thread. An article the writer refuses
   * costs only itself: it becomes a rejection naming its file, and the batch goes on.
   */
  private final class BatchingSink implements ArticleSink {
    private final NewsIndexer indexer;
    private final ExecutorService pool;
    private final Counts counts;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final Set<Long> ids = new HashSet<>();
    private final Object idle = new Object();
    private int inFlight;
    private Path file;
    private ArticleBatch batch = newBatch();
    private ArticleBatch repeats = newBatch();

    BatchingSink(NewsIndexer indexer, ExecutorService pool, Counts counts) {
      this.indexer = indexer;
      this.pool = pool;
      this.counts = counts;
    }

    /** Notes the file the next articles come from, to name it if the writer refuses one. */
    void startFile(Path next) {
      file = next;
    }

    @Override
    public void accept(Article article) {
      if (counts.duplicates.isDuplicate(article)) {
        counts.contentDuplicates++;
        return;
      }
      counts.articles.incrementAndGet();
      // A fingerprint collision only sends a new id down the slower replacing path.
      if (ids.add(new ContentDuplicates.Fingerprint().addExact(article.id()).value())) {
        batch.add(article, file);
        if (batch.isFull()) {
          flush();
        }
      } else {
        repeats.add(article, file);
        if (repeats.isFull()) {
          replaceRepeats();
        }
      }
    }

    @Override
    public void reject(Rejection rejection) {
      counts.reject(rejection);
    }

    @Override
    public void warn(InputWarning warning) {
      counts.warn(warning);
    }

    /** Hands the articles collected so far to the pool, and then the held-back copies. */
    void finish() {
      replaceRepeats();
    }

    private void flush() {
      if (batch.articles().isEmpty()) {
        return;
      }
      ArticleBatch full = batch;
      batch = newBatch();
      synchronized (idle) {
        inFlight++;
      }
      pool.execute(() -> append(full));
    }

    private void append(ArticleBatch full) {
      try {
        refused(full, indexer.appendAll(full.articles()));
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      } catch (RuntimeException e) {
        // Uncaught, it would end the pool thread and drop the batch without a word.
        failure.compareAndSet(null, new IOException(e.toString(), e));
      } finally {
        synchronized (idle) {
          inFlight--;
          idle.notifyAll();
        }
      }
    }

    /** Replaces earlier copies with the held-back ones, in input order, after every batch. */
    private void replaceRepeats() {
      flush();
      if (repeats.articles().isEmpty()) {
        return;
      }
      try {
        synchronized (idle) {
          while (inFlight > 0) {
            idle.wait();
          }
        }
        refused(repeats, indexer.addAll(repeats.articles()));
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.compareAndSet(null, new IOException("reindex interrupted", e));
      }
      repeats = newBatch();
    }

    private ArticleBatch newBatch() {
      return new ArticleBatch(config.batchSize(), MAX_BATCH_CHARS);
    }

    /** Turns what the writer refused into rejections naming the files. */
    private void refused(ArticleBatch from, List<Refusal> refusals) {
      for (Refusal refusal : refusals) {
        counts.refuse(from.fileOf(refusal.article()), refusal);
      }
    }

    /** Rethrows the first failure of an indexing thread, such as a full disk. */
    void throwIfFailed() throws IOException {
      IOException e = failure.get();
      if (e != null) {
        throw new IOException("indexing failed: " + e.getMessage(), e);
      }
    }
  }
}
