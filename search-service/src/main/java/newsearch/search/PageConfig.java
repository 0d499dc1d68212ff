package newsearch.search;

import static newsearch.search.ConfigBounds.requirePositive;

/**
 * How much one answer shows when its request does not say.
 *
 * @param facetValues values listed per facet level; also the most a facet-values request may ask
 *     for
 */
public record PageConfig(int facetValues) {

  /** Default facet values per level: enough for a sidebar list without scrolling far. */
  public static final int DEFAULT_FACET_VALUES = 20;

  /** The defaults. */
  public static final PageConfig DEFAULTS = builder().build();

  /** Rejects sizes that would show nothing. */
  public PageConfig {
    requirePositive("facetValues", facetValues);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder().facetValues(facetValues);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private int facetValues = DEFAULT_FACET_VALUES;

    private Builder() {}

    public Builder facetValues(int value) {
      facetValues = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public PageConfig build() {
      return new PageConfig(facetValues);
    }
  }
}
