package newsearch.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.search.facet.FacetedSearcher;

/**
 * The threads a search may spread its matching over while the service is not busy. A search that
 * starts while fewer than {@code threads} searches are running matches the slices of the index on
 * them, the searching thread among them; one that starts while the cores are already taken by other
 * searches matches on its own thread, where spreading would only add the cost of handing work over.
 * So a single reader's search uses every core, and many readers' searches together use them as
 * before. Thread-safe.
 */
public final class SearchThreads implements Closeable {

  private final int threads;
  private final ExecutorService pool;
  private final AtomicInteger running = new AtomicInteger();

  /** Threads for searches that may each use {@code threads}; 1 spreads none. */
  public SearchThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    // The searching thread takes slices itself, so the pool needs one thread fewer.
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, daemons());
  }

  /** A piece of work on a searcher. */
  public interface Work<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on {@code searcher}, spread over these threads when fewer than their number
   * of searches are running, this one included.
   */
  public <T> T run(FacetedSearcher searcher, Work<T> work) throws IOException {
    int now = running.incrementAndGet();
    try {
      return work.apply(
          pool != null && now < threads ? searcher.withExecutor(pool, threads) : searcher);
    } finally {
      running.decrementAndGet();
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "search-slice-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
