package newsearch.search;

import static newsearch.search.ConfigBounds.requireFraction;
import static newsearch.search.ConfigBounds.requireNonNegative;
import static newsearch.search.ConfigBounds.requirePositive;

import newsearch.search.query.MinimumMatch;

/**
 * How matches are weighed and ordered: field weights, BM25, proximity, freshness and synonyms. The
 * relevance harness tunes these; the defaults are our best measured values.
 *
 * @param titleBoost weight of a match in the title relative to the body
 * @param summaryBoost weight of a match in the lede relative to the body
 * @param bodyBoost weight of a match in the body
 * @param neutralBoost weight of a match in the language-neutral field (words as written, in any
 *     language), which competes with the text fields in the same disjunction
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param tieBreaker share of the non-best fields' scores added to the best field's (dismax)
 * @param phraseBoost weight of the proximity clause that rewards query words standing together
 * @param phraseSlop how far apart (in positions) the words may stand for the proximity clause
 * @param proximityMaxWords queries of more plain words than this get no proximity clause
 * @param proximityWindow how many of the top hits the proximity clause re-ranks; the hits below
 *     keep the order of the words alone
 * @param minShouldMatch how many of a query's words an article must hold, as a {@link MinimumMatch}
 *     rule: {@code all}, {@code any}, or conditions such as {@code 3<-25%}
 * @param recencyWeight how much a fresh article gains: its score is multiplied by up to {@code 1 +
 *     recencyWeight}; 0 turns the freshness boost off
 * @param recencyHalfLifeDays the age at which the freshness gain has halved
 * @param synonyms whether queries expand synonyms
 * @param synonymsFile a synonym list in the Solr format; null for the bundled news list
 */
public record RankingConfig(
    double titleBoost,
    double summaryBoost,
    double bodyBoost,
    double neutralBoost,
    double k1,
    double b,
    double tieBreaker,
    double phraseBoost,
    int phraseSlop,
    int proximityMaxWords,
    int proximityWindow,
    String minShouldMatch,
    int relaxBelow,
    double recencyWeight,
    double recencyHalfLifeDays,
    boolean synonyms,
    String synonymsFile) {

  /**
   * Default field weights: equal. The grid searches on the Cranfield and CISI judged collections
   * (see {@code relevance/BASELINES.md}) found that equal weights beat a title boost.
   */
  public static final double DEFAULT_FIELD_BOOST = 1.0;

  /** Default BM25 saturation: k1 = 2.0 led the finer grid on both judged collections. */
  public static final double DEFAULT_K1 = 2.0;

  /**
   * Weight of the language-neutral field: so small that it hardly moves an article the text fields
   * match (every larger weight measured cost Cranfield nDCG@10, 0.1 by 0.0006), yet it finds, and
   * ranks by their own BM25 among themselves, the articles only it matches: a word in another
   * language, as written. Measured in {@code relevance/BASELINES.md}.
   */
  public static final double DEFAULT_NEUTRAL_BOOST = 0.001;

  /** Default BM25 length normalisation: b = 0.75 to 0.9 led on both judged collections. */
  public static final double DEFAULT_B = 0.75;

  /** Default dismax tie-breaker: 0.3 to 0.7 beat both extremes on the judged collections. */
  public static final double DEFAULT_TIE_BREAKER = 0.5;

  /**
   * Default weight of the proximity clause: with slop 3, on short queries only, it left Cranfield
   * unchanged and moved CISI from 0.3768 to 0.3786 (nDCG@10).
   */
  public static final double DEFAULT_PHRASE_BOOST = 1.0;

  /** Default proximity slop: neighbouring words may stand up to three positions apart. */
  public static final int DEFAULT_PHRASE_SLOP = 3;

  /**
   * Default proximity cut-off: a search box sends a few words, where words standing together are
   * usually a name or a phrase; on long, descriptive queries any proximity weight cost nDCG@10.
   */
  public static final int DEFAULT_PROXIMITY_MAX_WORDS = 4;

  /**
   * Default proximity window: the first three pages of ten. Wider windows cost more (collecting a
   * hundred hits instead of thirty made plain queries at a million articles 20% slower) and
   * measured no better on the judged collections.
   */
  public static final int DEFAULT_PROXIMITY_WINDOW = 30;

  /**
   * Default matching rule: every word of a query of up to three words, then three quarters of them
   * (see {@code relevance/BASELINES.md} for the rules measured on the judged collections).
   */
  public static final String DEFAULT_MIN_SHOULD_MATCH = "3<-25%";

  /**
   * Default relaxing threshold: fewer than a page of articles with all the words also shows those
   * with fewer of them (see {@code relevance/BASELINES.md}).
   */
  public static final int DEFAULT_RELAX_BELOW = 10;

  /** Default freshness boost: off, so that ranking is by the words alone unless asked. */
  public static final double DEFAULT_RECENCY_WEIGHT = 0.0;

  /** Default freshness half-life: a year, once the boost is turned on. */
  public static final double DEFAULT_RECENCY_HALF_LIFE_DAYS = 365;

  /** Default synonym expansion: on, with the bundled news list. */
  public static final boolean DEFAULT_SYNONYMS = true;

  /** Our best measured values (see {@code relevance/BASELINES.md}). */
  public static final RankingConfig DEFAULTS = builder().build();

  /** Rejects values that cannot rank. */
  public RankingConfig {
    requireNonNegative("titleBoost", titleBoost);
    requireNonNegative("summaryBoost", summaryBoost);
    requireNonNegative("bodyBoost", bodyBoost);
    requireNonNegative("neutralBoost", neutralBoost);
    requireNonNegative("k1", k1);
    requireFraction("b", b);
    requireFraction("tieBreaker", tieBreaker);
    requireNonNegative("phraseBoost", phraseBoost);
    requireNonNegative("phraseSlop", phraseSlop);
    requireNonNegative("proximityMaxWords", proximityMaxWords);
    requirePositive("proximityWindow", proximityWindow);
    MinimumMatch.parse(minShouldMatch);
    requireNonNegative("relaxBelow", relaxBelow);
    requireNonNegative("recencyWeight", recencyWeight);
    if (!(recencyHalfLifeDays > 0)) {
      throw new IllegalArgumentException(
          "recencyHalfLifeDays must be positive, got " + recencyHalfLifeDays);
    }
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .titleBoost(titleBoost)
        .summaryBoost(summaryBoost)
        .bodyBoost(bodyBoost)
        .neutralBoost(neutralBoost)
        .k1(k1)
        .b(b)
        .tieBreaker(tieBreaker)
        .phraseBoost(phraseBoost)
        .phraseSlop(phraseSlop)
        .proximityMaxWords(proximityMaxWords)
        .proximityWindow(proximityWindow)
        .minShouldMatch(minShouldMatch)
        .relaxBelow(relaxBelow)
        .recencyWeight(recencyWeight)
        .recencyHalfLifeDays(recencyHalfLifeDays)
        .synonyms(synonyms)
        .synonymsFile(synonymsFile);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private double titleBoost = DEFAULT_FIELD_BOOST;
    private double summaryBoost = DEFAULT_FIELD_BOOST;
    private double bodyBoost = DEFAULT_FIELD_BOOST;
    private double neutralBoost = DEFAULT_NEUTRAL_BOOST;
    private double k1 = DEFAULT_K1;
    private double b = DEFAULT_B;
    private double tieBreaker = DEFAULT_TIE_BREAKER;
    private double phraseBoost = DEFAULT_PHRASE_BOOST;
    private int phraseSlop = DEFAULT_PHRASE_SLOP;
    private int proximityMaxWords = DEFAULT_PROXIMITY_MAX_WORDS;
    private int proximityWindow = DEFAULT_PROXIMITY_WINDOW;
    private String minShouldMatch = DEFAULT_MIN_SHOULD_MATCH;
    private int relaxBelow = DEFAULT_RELAX_BELOW;
    private double recencyWeight = DEFAULT_RECENCY_WEIGHT;
    private double recencyHalfLifeDays = DEFAULT_RECENCY_HALF_LIFE_DAYS;
    private boolean synonyms = DEFAULT_SYNONYMS;
    private String synonymsFile;

    private Builder() {}

    public Builder titleBoost(double value) {
      titleBoost = value;
      return this;
    }

    public Builder summaryBoost(double value) {
      summaryBoost = value;
      return this;
    }

    public Builder bodyBoost(double value) {
      bodyBoost = value;
      return this;
    }

    public Builder neutralBoost(double value) {
      neutralBoost = value;
      return this;
    }

    public Builder k1(double value) {
      k1 = value;
      return this;
    }

    public Builder b(double value) {
      b = value;
      return this;
    }

    public Builder tieBreaker(double value) {
      tieBreaker = value;
      return this;
    }

    public Builder phraseBoost(double value) {
      phraseBoost = value;
      return this;
    }

    public Builder phraseSlop(int value) {
      phraseSlop = value;
      return this;
    }

    public Builder proximityMaxWords(int value) {
      proximityMaxWords = value;
      return this;
    }

    public Builder proximityWindow(int value) {
      proximityWindow = value;
      return this;
    }

    /** A {@link MinimumMatch} rule: {@code all}, {@code any}, or conditions like {@code 3<-25%}. */
    public Builder minShouldMatch(String value) {
      minShouldMatch = value;
      return this;
    }

    public Builder relaxBelow(int value) {
      relaxBelow = value;
      return this;
    }

    public Builder recencyWeight(double value) {
      recencyWeight = value;
      return this;
    }

    public Builder recencyHalfLifeDays(double value) {
      recencyHalfLifeDays = value;
      return this;
    }

    public Builder synonyms(boolean value) {
      synonyms = value;
      return this;
    }

    /** A synonym list in the Solr format; null for the bundled news list. */
    public Builder synonymsFile(String value) {
      synonymsFile = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public RankingConfig build() {
      return new RankingConfig(
          titleBoost,
          summaryBoost,
          bodyBoost,
          neutralBoost,
          k1,
          b,
          tieBreaker,
          phraseBoost,
          phraseSlop,
          proximityMaxWords,
          proximityWindow,
          minShouldMatch,
          relaxBelow,
          recencyWeight,
          recencyHalfLifeDays,
          synonyms,
          synonymsFile);
    }
  }
}
