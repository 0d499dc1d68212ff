package newsearch.bench.indexing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline that the reindex job is measured against: a bare {@link IndexWriter} loop with the
 * same analysis, documents, threads and RAM buffer, and without the job's extras (updates by id,
 * generations, the lock, verification).
 *
 * <p>For fairness it reads and parses the input with the same {@link ArticleFileReader} on the
 * calling thread and hands batches of the same size to a pool of the same shape, so parsing is
 * counted for both. Documents come from {@link NewsSchema#toDocument}; the minimal variant then
 * drops the {@code spelling} field and the title doc values, to show what those two cost.
 */
final class PlainLuceneIndexer {

  /** Articles per task, as the reindex job batches them. */
  static final int BATCH = 256;

  private final NewsSchema schema = new NewsSchema();
  private final boolean minimal;

  PlainLuceneIndexer(boolean minimal) {
    this.minimal = minimal;
  }

  /** Indexes every article of {@code input} into a new index at {@code dir}; returns its size. */
  long index(Path input, Path dir, int threads, int ramBufferMb) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(ramBufferMb);
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      ExecutorService pool = boundedPool(threads);
      Batches batches = new Batches(writer, pool);
      try {
        new ArticleFileReader().read(input, batches);
        batches.flush();
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
          throw new IOException("indexing threads did not finish");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        pool.shutdownNow();
      }
      batches.throwIfFailed();
      writer.commit();
      return writer.getDocStats().numDocs;
    }
  }

  private Document document(Article article) throws IOException {
    Document doc = schema.toDocument(article);
    if (minimal) {
      doc.removeFields(NewsSchema.SPELLING);
      doc.removeFields(NewsSchema.TITLE_VALUES);
    }
    return doc;
  }

  /** The same pool shape as the reindex job: a bounded queue, the reader helps when it is full. */
  private static ExecutorService boundedPool(int threads) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 2),
        new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Collects parsed articles into batches and adds each batch on the pool. */
  private final class Batches implements ArticleSink {
    private final IndexWriter writer;
    private final ExecutorService pool;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private List<Article> batch = new ArrayList<>(BATCH);

    Batches(IndexWriter writer, ExecutorService pool) {
      this.writer = writer;
      this.pool = pool;
    }

    @Override
    public void accept(Article article) {
      batch.add(article);
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    @Override
    public void reject(Rejection rejection) {
      failure.compareAndSet(null, new IOException("rejected input: " + rejection));
    }

    @Override
    public void warn(InputWarning warning) {
      // The generated corpus has no gaps, and one would not change what is measured.
    }

    void flush() {
      List<Article> full = batch;
      batch = new ArrayList<>(BATCH);
      pool.execute(() -> add(full));
    }

    private void add(List<Article> articles) {
      try {
        for (Article article : articles) {
          writer.addDocument(document(article));
        }
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }

    void throwIfFailed() throws IOException {
      IOException e = failure.get();
      if (e != null) {
        throw e;
      }
    }
  }
}
