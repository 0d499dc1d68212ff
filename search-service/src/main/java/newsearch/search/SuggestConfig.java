package newsearch.search;

import static newsearch.search.ConfigBounds.requireNonNegative;
import static newsearch.search.ConfigBounds.requirePositive;

/**
 * How completions and spelling corrections are offered.
 *
 * @param maxSuggestions the most completions a suggest request may ask for
 * @param phraseMinTitles how many titles must share a two- or three-word phrase before it is
 *     offered as a completion on its own
 * @param spellingBelowHits a search that finds fewer articles than this gets a corrected spelling,
 *     when one exists that finds some articles and no fewer; 0 never suggests
 */
public record SuggestConfig(int maxSuggestions, int phraseMinTitles, int spellingBelowHits) {

  /** Default completions limit: more than a drop-down shows, few enough to stay cheap. */
  public static final int DEFAULT_MAX_SUGGESTIONS = 20;

  /** Default phrase threshold: a phrase two titles share is a topic, one title's is just words. */
  public static final int DEFAULT_PHRASE_MIN_TITLES = 2;

  /**
   * Default spelling threshold: a search that finds no more than two articles is likely misspelt;
   * one that finds more is left alone.
   */
  public static final int DEFAULT_SPELLING_BELOW_HITS = 3;

  /** The defaults. */
  public static final SuggestConfig DEFAULTS = builder().build();

  /** Rejects values that would offer nothing or everything. */
  public SuggestConfig {
    requirePositive("maxSuggestions", maxSuggestions);
    requirePositive("phraseMinTitles", phraseMinTitles);
    requireNonNegative("spellingBelowHits", spellingBelowHits);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .maxSuggestions(maxSuggestions)
        .phraseMinTitles(phraseMinTitles)
        .spellingBelowHits(spellingBelowHits);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private int maxSuggestions = DEFAULT_MAX_SUGGESTIONS;
    private int phraseMinTitles = DEFAULT_PHRASE_MIN_TITLES;
    private int spellingBelowHits = DEFAULT_SPELLING_BELOW_HITS;

    private Builder() {}

    public Builder maxSuggestions(int value) {
      maxSuggestions = value;
      return this;
    }

    public Builder phraseMinTitles(int value) {
      phraseMinTitles = value;
      return this;
    }

    public Builder spellingBelowHits(int value) {
      spellingBelowHits = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public SuggestConfig build() {
      return new SuggestConfig(maxSuggestions, phraseMinTitles, spellingBelowHits);
    }
  }
}
