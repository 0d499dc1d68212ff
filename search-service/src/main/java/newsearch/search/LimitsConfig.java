package newsearch.search;

import static newsearch.search.ConfigBounds.requireNonNegative;
import static newsearch.search.ConfigBounds.requirePositive;

/**
 * What one request may ask for and spend, so that no request can exhaust the service. A request
 * beyond a limit is refused with a message naming it; a search past its time budget answers what it
 * found so far.
 *
 * @param maxPageSize the largest {@code size} a request may ask for
 * @param maxDepth the deepest result ({@code page × size}) reachable by page number
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
 * @param countCacheEntries the searches whose totals and facets are kept per served reader, so that
 *     a search asked again is not counted again (0 keeps none)
 * @param searchThreads the threads one search may spread its matching over while fewer searches
 *     than that are running (1 matches every search on its own thread)
 */
public record LimitsConfig(
    int maxPageSize,
    int maxDepth,
    int maxQueryChars,
    int maxQueryTerms,
    int maxSections,
    long searchTimeoutMillis,
    int exactTotalUpTo,
    int countCacheEntries,
    int searchThreads) {

  /** Default page size limit: ten pages' worth of the page's ten results in one request. */
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;

  /**
   * Default depth by page number: a thousand pages of ten; deeper results are reached by cursor,
   * which costs the same at any depth.
   */
  public static final int DEFAULT_MAX_DEPTH = 10_000;

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
   * Default exact count without facets: Lucene's own default, and far more than a results page
   * shows ("1,000+ articles" says all a reader needs).
   */
  public static final int DEFAULT_EXACT_TOTAL_UP_TO = 1_000;

  /**
   * Default counts kept: a few hundred entries of a few kilobytes each hold a newsroom's repeated
   * searches and the browse view for a few megabytes of heap.
   */
  public static final int DEFAULT_COUNT_CACHE_ENTRIES = 512;

  /**
   * Default threads per search: one per core, so that a search on an otherwise idle service uses
   * the whole machine, and a busy one, whose cores are taken by other searches, spreads none.
   */
  public static final int DEFAULT_SEARCH_THREADS = Runtime.getRuntime().availableProcessors();

  /** The defaults. */
  public static final LimitsConfig DEFAULTS = builder().build();

  /** Rejects limits that would let nothing through. */
  public LimitsConfig {
    requirePositive("maxPageSize", maxPageSize);
    requirePositive("maxDepth", maxDepth);
    requirePositive("maxQueryChars", maxQueryChars);
    requirePositive("maxQueryTerms", maxQueryTerms);
    requirePositive("maxSections", maxSections);
    requirePositive("exactTotalUpTo", exactTotalUpTo);
    requirePositive("searchTimeoutMillis", searchTimeoutMillis);
    requireNonNegative("countCacheEntries", countCacheEntries);
    requirePositive("searchThreads", searchThreads);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .maxPageSize(maxPageSize)
        .maxDepth(maxDepth)
        .maxQueryChars(maxQueryChars)
        .maxQueryTerms(maxQueryTerms)
        .maxSections(maxSections)
        .searchTimeoutMillis(searchTimeoutMillis)
        .exactTotalUpTo(exactTotalUpTo)
        .countCacheEntries(countCacheEntries)
        .searchThreads(searchThreads);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private int maxPageSize = DEFAULT_MAX_PAGE_SIZE;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxQueryChars = DEFAULT_MAX_QUERY_CHARS;
    private int maxQueryTerms = DEFAULT_MAX_QUERY_TERMS;
    private int maxSections = DEFAULT_MAX_SECTIONS;
    private long searchTimeoutMillis = DEFAULT_SEARCH_TIMEOUT_MILLIS;
    private int exactTotalUpTo = DEFAULT_EXACT_TOTAL_UP_TO;
    private int countCacheEntries = DEFAULT_COUNT_CACHE_ENTRIES;
    private int searchThreads = DEFAULT_SEARCH_THREADS;

    private Builder() {}

    public Builder maxPageSize(int value) {
      maxPageSize = value;
      return this;
    }

    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    public Builder maxQueryChars(int value) {
      maxQueryChars = value;
      return this;
    }

    public Builder maxQueryTerms(int value) {
      maxQueryTerms = value;
      return this;
    }

    public Builder maxSections(int value) {
      maxSections = value;
      return this;
    }

    public Builder searchTimeoutMillis(long value) {
      searchTimeoutMillis = value;
      return this;
    }

    public Builder exactTotalUpTo(int value) {
      exactTotalUpTo = value;
      return this;
    }

    public Builder countCacheEntries(int value) {
      countCacheEntries = value;
      return this;
    }

    public Builder searchThreads(int value) {
      searchThreads = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public LimitsConfig build() {
      return new LimitsConfig(
          maxPageSize,
          maxDepth,
          maxQueryChars,
          maxQueryTerms,
          maxSections,
          searchTimeoutMillis,
          exactTotalUpTo,
          countCacheEntries,
          searchThreads);
    }
  }
}
