package newsearch.solr;

import java.time.Duration;

/**
 * How {@link SolrLoader} builds and feeds a collection.
 *
 * @param shards shards of a new collection
 * @param replicas replicas of each shard
 * @param batchSize documents sent in one update request
 * @param attempts tries of one batch before the load fails
 * @param backoff the wait after the first failed try, doubled after each further one
 * @param keepCollections collections of an alias kept for rollback, the new one included
 */
public record SolrLoadConfig(
    int shards, int replicas, int batchSize, int attempts, Duration backoff, int keepCollections) {

  /** One shard: the sample and a judged collection fit in one many times over. */
  public static final int DEFAULT_SHARDS = 1;

  /** One replica: a dev cluster; production wants two or more. */
  public static final int DEFAULT_REPLICAS = 1;

  /** 500 articles (about 1.5 MB of news text) per update request. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  /** Four tries: rides out a leader election of a few seconds with the backoff below. */
  public static final int DEFAULT_ATTEMPTS = 4;

  /** Half a second, then one, then two. */
  public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

  /** As many as the local index keeps generations. */
  public static final int DEFAULT_KEEP_COLLECTIONS = 3;

  public static final SolrLoadConfig DEFAULTS =
      new SolrLoadConfig(
          DEFAULT_SHARDS,
          DEFAULT_REPLICAS,
          DEFAULT_BATCH_SIZE,
          DEFAULT_ATTEMPTS,
          DEFAULT_BACKOFF,
          DEFAULT_KEEP_COLLECTIONS);

  public SolrLoadConfig {
    positive("shards", shards);
    positive("replicas", replicas);
    positive("batch size", batchSize);
    positive("attempts", attempts);
    positive("collections to keep", keepCollections);
  }

  private static void positive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + value);
    }
  }

  /** This config with a collection layout of {@code shards} x {@code replicas}. */
  public SolrLoadConfig withLayout(int shards, int replicas) {
    return new SolrLoadConfig(shards, replicas, batchSize, attempts, backoff, keepCollections);
  }
}
