package newsearch.bench.vector;

import newsearch.search.FusionConfig;

/**
 * Settings of a {@link ModelComparison}.
 *
 * @param depth the documents kept per query in every run, as in {@code newsearch eval}
 * @param rrfK the fusion constant of the hybrid stand-in
 * @param warmUpTexts texts each model embeds before it is timed
 * @param speedTexts texts each timed pass embeds
 * @param threads the larger pool the speed is measured with, besides one thread; also the pool that
 *     embeds the collection
 */
public record ModelComparisonConfig(
    int depth, int rrfK, int warmUpTexts, int speedTexts, int threads) {

  /** Default depth: 1,000, trec_eval's and the harness's. */
  public static final int DEFAULT_DEPTH = 1000;

  /** Default fusion constant: the product's. */
  public static final int DEFAULT_RRF_K = FusionConfig.DEFAULT_RRF_K;

  /** Default warm-up: 50 texts, past the first calls' class loading and JIT compilation. */
  public static final int DEFAULT_WARM_UP_TEXTS = 50;

  /** Default timed texts: 300, some seconds per pass on a loaded machine. */
  public static final int DEFAULT_SPEED_TEXTS = 300;

  /** Default pool: 2 threads, one per core of the machine the product is measured on. */
  public static final int DEFAULT_THREADS = 2;

  /** The defaults. */
  public static final ModelComparisonConfig DEFAULTS =
      new ModelComparisonConfig(
          DEFAULT_DEPTH,
          DEFAULT_RRF_K,
          DEFAULT_WARM_UP_TEXTS,
          DEFAULT_SPEED_TEXTS,
          DEFAULT_THREADS);

  /** Validates the settings. */
  public ModelComparisonConfig {
    positive("depth", depth);
    positive("rrfK", rrfK);
    positive("speedTexts", speedTexts);
    positive("threads", threads);
    if (warmUpTexts < 0) {
      throw new IllegalArgumentException("warmUpTexts must not be negative, got " + warmUpTexts);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
