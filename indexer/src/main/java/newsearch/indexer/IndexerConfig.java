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
 * @param segments how many segments of about equal size a reindex merges its index into before it
 *     publishes it ({@link EvenSegmentsMergePolicy}); 0 leaves them as writing left them
 */
public record IndexerConfig(
    int threads,
    int ramBufferMb,
    int keepGenerations,
    int batchSize,
    boolean vectors,
    int segments) {

  /**
   * Whether a writer of these defaults makes vectors: no, so that a caller that does not rank by
   * meaning pays nothing for them. The {@code reindex} command makes them unless told {@code
   * --no-vectors}, and live updates follow the served index.
   */
  public static final boolean DEFAULT_VECTORS = false;

  /**
   * Segments a reindex ends with unless told otherwise: one per core, as a search spreads its
   * matching over one slice of whole segments per core (the service's {@code search_threads}
   * default). At 1,000,000 articles the 14 segments that writing left made a search that matches
   * nothing take 108 µs in process, 2 such segments 27 µs: every word is looked up in every
   * segment's term dictionary.
   */
  public static final int DEFAULT_SEGMENTS = Runtime.getRuntime().availableProcessors();

  /** Defaults sized for a 2-core machine and a heap of about 1 GiB. */
  public static final IndexerConfig DEFAULTS =
      new IndexerConfig(
          Runtime.getRuntime().availableProcessors(),
          256,
          3,
          256,
          DEFAULT_VECTORS,
          DEFAULT_SEGMENTS);

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
    if (segments < 0) {
      throw new IllegalArgumentException("segments must be 0 or more, got " + segments);
    }
  }

  /** A copy keeping another number of generations. */
  public IndexerConfig withKeepGenerations(int keep) {
    return new IndexerConfig(threads, ramBufferMb, keep, batchSize, vectors, segments);
  }

  /** A copy with another thread count. */
  public IndexerConfig withThreads(int newThreads) {
    return new IndexerConfig(
        newThreads, ramBufferMb, keepGenerations, batchSize, vectors, segments);
  }

  /** A copy that makes vectors or not. */
  public IndexerConfig withVectors(boolean makeVectors) {
    return new IndexerConfig(
        threads, ramBufferMb, keepGenerations, batchSize, makeVectors, segments);
  }

  /** A copy that merges a reindex into {@code count} segments, or leaves them as written for 0. */
  public IndexerConfig withSegments(int count) {
    return new IndexerConfig(threads, ramBufferMb, keepGenerations, batchSize, vectors, count);
  }
}
