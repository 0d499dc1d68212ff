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
 * @param phraseWordMaxDocs a phrase is looked up only when its rarer word is in at most this many
 *     of the archive's articles, which bounds the cost of its phrase search
 * @param trendingCandidates how many of the recent sample's terms have both periods counted exactly
 * @param maxTerms the most terms one request may ask for
 * @param maxBuckets the most buckets one timeline may hold
 * @param maxTrendingDays the longest period a trending request may compare
 */
public record AnalyticsConfig(
    int sampleSize,
    int minForeground,
    int phraseCandidates,
    int phraseWordMaxDocs,
    int trendingCandidates,
    int maxTerms,
    int maxBuckets,
    int maxTrendingDays) {

  /** Two hundred articles: ten pages of results, about what a reader would skim, read in ~20 ms. */
  public static final int DEFAULT_SAMPLE_SIZE = 200;

  /** Three sample articles: fewer is too often one story told twice. */
  public static final int DEFAULT_MIN_FOREGROUND = 3;

  /** Twenty phrases: each costs one phrase count over the archive, some milliseconds at 1M. */
  public static final int DEFAULT_PHRASE_CANDIDATES = 20;

  /**
   * Twenty thousand articles: a phrase search then walks at most that many documents' positions per
   * field, a few milliseconds; over a million-article archive a phrase of two words each in more
   * than 2% of it is seldom what a story is about, and would cost some hundreds of milliseconds
   * (measured in {@code bench/RESULTS-analytics.md}).
   */
  public static final int DEFAULT_PHRASE_WORD_MAX_DOCS = 20_000;

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
          DEFAULT_PHRASE_WORD_MAX_DOCS,
          DEFAULT_TRENDING_CANDIDATES,
          DEFAULT_MAX_TERMS,
          DEFAULT_MAX_BUCKETS,
          DEFAULT_MAX_TRENDING_DAYS);

  /** Rejects sizes that would answer nothing. */
  public AnalyticsConfig {
    positive("sampleSize", sampleSize);
    positive("minForeground", minForeground);
    positive("phraseCandidates", phraseCandidates);
    positive("phraseWordMaxDocs", phraseWordMaxDocs);
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
