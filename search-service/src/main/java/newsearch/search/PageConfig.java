package newsearch.search;

import static newsearch.search.ConfigBounds.requirePositive;

/**
 * How much one answer shows when its request does not say. The search page reads these from the
 * service ({@code GET /api/config}) rather than keeping copies.
 *
 * @param pageSize results per page of a search that names no {@code size}
 * @param relatedCount related articles listed for an article when the request names no {@code size}
 * @param facetValues values listed per facet level; also the most a facet-values request may ask
 *     for
 */
public record PageConfig(int pageSize, int relatedCount, int facetValues) {

  /** Default page: ten results, one screen of titles and snippets. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  /** Default related articles: five, a short list under the article that needs no paging. */
  public static final int DEFAULT_RELATED_COUNT = 5;

  /** Default facet values per level: enough for a sidebar list without scrolling far. */
  public static final int DEFAULT_FACET_VALUES = 20;

  /** The defaults. */
  public static final PageConfig DEFAULTS = builder().build();

  /** Rejects sizes that would show nothing. */
  public PageConfig {
    requirePositive("pageSize", pageSize);
    requirePositive("relatedCount", relatedCount);
    requirePositive("facetValues", facetValues);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder().pageSize(pageSize).relatedCount(relatedCount).facetValues(facetValues);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private int pageSize = DEFAULT_PAGE_SIZE;
    private int relatedCount = DEFAULT_RELATED_COUNT;
    private int facetValues = DEFAULT_FACET_VALUES;

    private Builder() {}

    public Builder pageSize(int value) {
      pageSize = value;
      return this;
    }

    public Builder relatedCount(int value) {
      relatedCount = value;
      return this;
    }

    public Builder facetValues(int value) {
      facetValues = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public PageConfig build() {
      return new PageConfig(pageSize, relatedCount, facetValues);
    }
  }
}
