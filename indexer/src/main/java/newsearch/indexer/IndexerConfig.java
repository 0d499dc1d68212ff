package newsearch.indexer;

/**
 * Settings of index writing.
 *
 * @param threads indexing threads; analysis runs on these, reading on the caller's thread
 * @param ramBufferMb memory the writer fills before it flushes a segment
 * @param keepGenerations published generations kept for rollback, the current one included
 * @param batchSize articles handed to an indexing thread at a time
 * @param vectors whether a reindex gives every article its sentence vector, for semantic and hybrid
 *     ranking; live updates follow the served index, whatever this says
 */
public record IndexerConfig(
    int threads, int ramBufferMb, int keepGenerations, int batchSize, boolean vectors) {

  /**
   * Whether a writer of these defaults makes vectors: no, so that a caller that does not rank by
   * meaning pays nothing for them. The {@code reindex} command makes them unless told {@code
   * --no-vectors}, and live updates follow the served index.
   */
  public static final boolean DEFAULT_VECTORS = false;

  /** Defaults sized for a 2-core machine and a heap of about 1 GiB. */
  public static final IndexerConfig DEFAULTS =
      new IndexerConfig(Runtime.getRuntime().availableProcessors(), 256, 3, 256, DEFAULT_VECTORS);

  /** Rejects settings that cannot work. */
  public IndexerConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (ramBufferMb < 16) {
      throw new IllegalArgumentException("ramBufferMb must be at least 16, got " + ramBufferMb);
    }
    if (keepGenerations < 1) {
      throw new IllegalArgumentException(
          "keepGenerations must be at least 1, got " + keepGenerations);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
  }

  /** A copy keeping another number of generations. */
  public IndexerConfig withKeepGenerations(int keep) {
    return new IndexerConfig(threads, ramBufferMb, keep, batchSize, vectors);
  }

  /** A copy with another thread count. */
  public IndexerConfig withThreads(int newThreads) {
    return new IndexerConfig(newThreads, ramBufferMb, keepGenerations, batchSize, vectors);
  }

  /** A copy that makes vectors or not. */
  public IndexerConfig withVectors(boolean makeVectors) {
    return new IndexerConfig(threads, ramBufferMb, keepGenerations, batchSize, makeVectors);
  }
}
