package newsearch.indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;

/**
 * The sink a {@link ReindexJob} reads into: collects articles into batches and hands each full
 * batch to the indexing pool.
 *
 * <p>An article whose id was not seen before in this job is appended without a delete-by-id:
 * applying a delete for every article of a full reindex is work the writer does under a lock, and
 * it kept the indexing threads waiting. A later copy of an id (the last copy wins) is held back and
 * replaces the earlier one once every batch before it is in, so that the order of the input
 * decides, not the order in which threads finish.
 *
 * <p>A batch is handed on when it holds the configured batch size of articles or {@link
 * #MAX_BATCH_CHARS} characters of text, whichever comes first, so that a run of very long articles
 * does not hold hundreds of them in memory per thread. An article the writer refuses costs only
 * itself: it becomes a rejection naming its file, and the batch goes on.
 *
 * <p>Fed from one reading thread; the pool's threads report back through the shared {@link
 * ReindexCounts} and the first failure they meet. The caller owns and shuts down the pool.
 */
final class BatchingSink implements ArticleSink {

  /**
   * Body characters after which a batch is handed on before it is full: some hundred ordinary
   * articles, yet at most a few of the longest, so that memory held per batch stays in megabytes.
   */
  static final long MAX_BATCH_CHARS = 4L << 20;

  private final NewsIndexer indexer;
  private final ExecutorService pool;
  private final ReindexCounts counts;
  private final int batchSize;
  private final AtomicReference<IOException> failure = new AtomicReference<>();
  private final Set<Long> ids = new HashSet<>();
  private final Object idle = new Object();
  private int inFlight;
  private Path file;
  private ArticleBatch batch;
  private ArticleBatch repeats;

  BatchingSink(NewsIndexer indexer, ExecutorService pool, ReindexCounts counts, int batchSize) {
    this.indexer = indexer;
    this.pool = pool;
    this.counts = counts;
    this.batchSize = batchSize;
    this.batch = newBatch();
    this.repeats = newBatch();
  }

  /** Counts the file and notes it, to name it if the writer refuses one of its articles. */
  @Override
  public void startFile(Path next) {
    counts.files.incrementAndGet();
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

  /** Rethrows the first failure of an indexing thread, such as a full disk. */
  void throwIfFailed() throws IOException {
    IOException e = failure.get();
    if (e != null) {
      throw new IOException("indexing failed: " + e.getMessage(), e);
    }
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
    return new ArticleBatch(batchSize, MAX_BATCH_CHARS);
  }

  /** Turns what the writer refused into rejections naming the files. */
  private void refused(ArticleBatch from, List<Refusal> refusals) {
    for (Refusal refusal : refusals) {
      counts.refuse(from.fileOf(refusal.article()), refusal);
    }
  }
}
