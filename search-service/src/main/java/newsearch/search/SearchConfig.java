package newsearch.search;

/**
 * Every ranking knob and search limit, in one place. The service reads it from a file ({@code serve
 * --config}); the relevance harness varies it.
 *
 * @param titleBoost weight of a match in the title relative to the body
 * @param summaryBoost weight of a match in the lede relative to the body
 * @param bodyBoost weight of a match in the body
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param tieBreaker share of the non-best fields' scores added to the best field's (dismax)
 * @param phraseBoost weight of the proximity clause that rewards query words standing together
 * @param phraseSlop how far apart (in positions) the words may stand for the proximity clause
 * @param proximityMaxWords queries of more plain words than this get no proximity clause
 * @param proximityWindow how many of the top hits the proximity clause re-ranks; the hits below
 *     keep the order of the words alone
 * @param requireAllWords whether every query word must match (AND) or any may (OR)
 * @param recencyWeight how much a fresh article gains: its score is multiplied by up to {@code 1 +
 *     recencyWeight}; 0 turns the freshness boost off
 * @param recencyHalfLifeDays the age at which the freshness gain has halved
 * @param synonyms whether queries expand synonyms
 * @param synonymsFile a synonym list in the Solr format; null for the bundled news list
 * @param maxPageSize the largest {@code size} a request may ask for
 * @param maxDepth the deepest result ({@code page × size}) reachable by page number
 * @param snippets body fragments per hit
 * @param highlightMaxChars how much of each field the highlighter reads; longer bodies are cut
 * @param facetValues values listed per facet level
 * @param maxSuggestions the most completions a suggest request may ask for
 * @param phraseMinTitles how many titles must share a two- or three-word phrase before it is
 *     offered as a completion on its own
 * @param spellingBelowHits a search that finds fewer articles than this gets a corrected spelling,
 *     when one exists that finds some articles and no fewer; 0 never suggests
 * @param maxQueryChars the longest query text ({@code q} of a search or a suggest request), in
 *     characters
 * @param maxQueryTerms the most words and phrases a query may hold once parsed, wanted and excluded
 *     together; each becomes a clause over every text field, and each neighbouring pair a proximity
 *     clause
 * @param maxSections the most {@code section} filters one search may name
 * @param searchTimeoutMillis the time budget of one search's matching and counting; past it the
 *     search answers the hits found so far, marked {@code partial}
 * @param exactTotalUpTo a search that does not count facets counts its matches exactly up to this
 *     many, and reports a lower bound beyond: past it, ranking skips documents that cannot reach
 *     the top (block-max WAND) instead of scoring every match
 */
public record SearchConfig(
    double titleBoost,
    double summaryBoost,
    double bodyBoost,
    double k1,
    double b,
    double tieBreaker,
    double phraseBoost,
    int phraseSlop,
    int proximityMaxWords,
    int proximityWindow,
    boolean requireAllWords,
    double recencyWeight,
    double recencyHalfLifeDays,
    boolean synonyms,
    String synonymsFile,
    int maxPageSize,
    int maxDepth,
    int snippets,
    int highlightMaxChars,
    int facetValues,
    int maxSuggestions,
    int phraseMinTitles,
    int spellingBelowHits,
    int maxQueryChars,
    int maxQueryTerms,
    int maxSections,
    long searchTimeoutMillis,
    int exactTotalUpTo) {

  /**
   * Default query length: a pasted headline or paragraph fits; a pasted article does not, and would
   * only be analysed, expanded and matched at a cost for nothing.
   */
  public static final int DEFAULT_MAX_QUERY_CHARS = 1_000;

  /**
   * Default words and phrases per query: no typed query comes close, and 64 units over three fields
   * plus their proximity pairs stay well within Lucene's 1,024 clauses.
   */
  public static final int DEFAULT_MAX_QUERY_TERMS = 64;

  /** Default section filters per search: the page offers a few; 20 is far beyond any real use. */
  public static final int DEFAULT_MAX_SECTIONS = 20;

  /**
   * Default search budget: searches of the sample and of Reuters take milliseconds, so two seconds
   * is only reached by a pathological query or an overloaded machine, and a partial answer then is
   * better than a worker held for as long as the query wants.
   */
  public static final long DEFAULT_SEARCH_TIMEOUT_MILLIS = 2_000;

  /**
   * Default proximity window: the first three pages of ten. Wider windows cost more (collecting a
   * hundred hits instead of thirty made plain queries at a million articles 20% slower) and
   * measured no better on the judged collections.
   */
  public static final int DEFAULT_PROXIMITY_WINDOW = 30;

  /**
   * Default exact count without facets: Lucene's own default, and far more than a results page
   * shows ("1,000+ articles" says all a reader needs).
   */
  public static final int DEFAULT_EXACT_TOTAL_UP_TO = 1_000;

  /**
   * The defaults: our best measured values. The ranking knobs come from grid searches on the
   * Cranfield and CISI judged collections (see {@code relevance/BASELINES.md}); equal field weights
   * and k1 = 2 beat a title boost there. Proximity applies to short, search-box queries only.
   */
  public static final SearchConfig DEFAULTS =
      new SearchConfig(
          1.0,
          1.0,
          1.0,
          2.0,
          0.75,
          0.5,
          1.0,
          3,
          4,
          DEFAULT_PROXIMITY_WINDOW,
          false,
          0.0,
          365,
          true,
          null,
          100,
          10_000,
          3,
          1_000_000,
          20,
          20,
          2,
          3,
          DEFAULT_MAX_QUERY_CHARS,
          DEFAULT_MAX_QUERY_TERMS,
          DEFAULT_MAX_SECTIONS,
          DEFAULT_SEARCH_TIMEOUT_MILLIS,
          DEFAULT_EXACT_TOTAL_UP_TO);

  /** Rejects values that cannot rank or would let one request exhaust the service. */
  public SearchConfig {
    requireNonNegative("titleBoost", titleBoost);
    requireNonNegative("summaryBoost", summaryBoost);
    requireNonNegative("bodyBoost", bodyBoost);
    requireNonNegative("k1", k1);
    if (b < 0 || b > 1) {
      throw new IllegalArgumentException("b must be between 0 and 1, got " + b);
    }
    if (tieBreaker < 0 || tieBreaker > 1) {
      throw new IllegalArgumentException("tieBreaker must be between 0 and 1, got " + tieBreaker);
    }
    requireNonNegative("phraseBoost", phraseBoost);
    requireNonNegative("phraseSlop", phraseSlop);
    requireNonNegative("proximityMaxWords", proximityMaxWords);
    requirePositive("proximityWindow", proximityWindow);
    requireNonNegative("recencyWeight", recencyWeight);
    if (!(recencyHalfLifeDays > 0)) {
      throw new IllegalArgumentException(
          "recencyHalfLifeDays must be positive, got " + recencyHalfLifeDays);
    }
    requirePositive("maxPageSize", maxPageSize);
    requirePositive("maxDepth", maxDepth);
    requirePositive("snippets", snippets);
    requirePositive("highlightMaxChars", highlightMaxChars);
    requirePositive("facetValues", facetValues);
    requirePositive("maxSuggestions", maxSuggestions);
    requirePositive("phraseMinTitles", phraseMinTitles);
    requireNonNegative("spellingBelowHits", spellingBelowHits);
    requirePositive("maxQueryChars", maxQueryChars);
    requirePositive("maxQueryTerms", maxQueryTerms);
    requirePositive("maxSections", maxSections);
    requirePositive("exactTotalUpTo", exactTotalUpTo);
    if (searchTimeoutMillis < 1) {
      throw new IllegalArgumentException(
          "searchTimeoutMillis must be at least 1, got " + searchTimeoutMillis);
    }
  }

  private static void requireNonNegative(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }
}
