package newsearch.search.analytics;

/**
 * The sizes and limits of the analytics answers.
 *
 * @param sampleSize how many top-ranked matches (or, for trending, articles of the recent period)
 *     the significant terms are read from
 * @param minForeground how many sample articles must hold a term before it can be significant, so
 *     that one article's quirk is no topic
 * @param phraseCandidates how many of the sample's most frequent two-word phrases have their
 *     archive count looked up (each is a phrase search over the archive)
 * @param trendingCandidates how many of the recent sample's terms have both periods counted exactly
 * @param maxTerms the most terms one request may ask for
 * @param maxBuckets the most buckets one timeline may hold
 * @param maxTrendingDays the longest period a trending request may compare
 */
public record AnalyticsConfig(
    int sampleSize,
    int minForeground,
    int phraseCandidates,
    int trendingCandidates,
    int maxTerms,
    int maxBuckets,
    int maxTrendingDays) {

  /** Two hundred articles: ten pages of results, about what a reader would skim, read in ~20 ms. */
  public static final int DEFAULT_SAMPLE_SIZE = 200;

  /** Three sample articles: fewer is too often one story told twice. */
  public static final int DEFAULT_MIN_FOREGROUND = 3;

  /** Forty phrases: each costs one phrase count over the archive. */
  public static final int DEFAULT_PHRASE_CANDIDATES = 40;

  /** Sixty terms: each costs two counts over the archive. */
  public static final int DEFAULT_TRENDING_CANDIDATES = 60;

  /** A hundred terms: more than a page shows, and the sample gives few more significant ones. */
  public static final int DEFAULT_MAX_TERMS = 100;

  /** Five thousand buckets: thirteen years of days, far more than a chart can draw apart. */
  public static final int DEFAULT_MAX_BUCKETS = 5000;

  /** A year and a day, so that a year can be compared with the year before. */
  public static final int DEFAULT_MAX_TRENDING_DAYS = 366;

  /** The defaults. */
  public static final AnalyticsConfig DEFAULTS =
      new AnalyticsConfig(
          DEFAULT_SAMPLE_SIZE,
          DEFAULT_MIN_FOREGROUND,
          DEFAULT_PHRASE_CANDIDATES,
          DEFAULT_TRENDING_CANDIDATES,
          DEFAULT_MAX_TERMS,
          DEFAULT_MAX_BUCKETS,
          DEFAULT_MAX_TRENDING_DAYS);

  /** Rejects sizes that would answer nothing. */
  public AnalyticsConfig {
    positive("sampleSize", sampleSize);
    positive("minForeground", minForeground);
    positive("phraseCandidates", phraseCandidates);
    positive("trendingCandidates", trendingCandidates);
    positive("maxTerms", maxTerms);
    positive("maxBuckets", maxBuckets);
    positive("maxTrendingDays", maxTrendingDays);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
