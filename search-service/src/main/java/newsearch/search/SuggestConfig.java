package newsearch.search;

import static newsearch.search.ConfigBounds.requirePositive;

/**
 * How completions and spelling corrections are offered.
 *
 * @param maxSuggestions the most completions a suggest request may ask for
 * @param phraseMinTitles how many titles must share a two- or three-word phrase before it is
 *     offered as a completion on its own
 * @param spelling whether a query with a misspelt word is answered for its correction when that
 *     finds more articles holding all its words (see {@code Respeller}); off, every query is
 *     searched as typed and no correction is offered
 */
public record SuggestConfig(int maxSuggestions, int phraseMinTitles, boolean spelling) {

  /** Default completions limit: more than a drop-down shows, few enough to stay cheap. */
  public static final int DEFAULT_MAX_SUGGESTIONS = 20;

  /** Default phrase threshold: a phrase two titles share is a topic, one title's is just words. */
  public static final int DEFAULT_PHRASE_MIN_TITLES = 2;

  /**
   * Spelling is on by default: a query with a misspelt word otherwise ranks the articles that hold
   * its other words, which the known-item benchmark showed to be junk as often as not.
   */
  public static final boolean DEFAULT_SPELLING = true;

  /** The defaults. */
  public static final SuggestConfig DEFAULTS = builder().build();

  /** Rejects values that would offer nothing or everything. */
  public SuggestConfig {
    requirePositive("maxSuggestions", maxSuggestions);
    requirePositive("phraseMinTitles", phraseMinTitles);
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
        .spelling(spelling);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private int maxSuggestions = DEFAULT_MAX_SUGGESTIONS;
    private int phraseMinTitles = DEFAULT_PHRASE_MIN_TITLES;
    private boolean spelling = DEFAULT_SPELLING;

    private Builder() {}

    public Builder maxSuggestions(int value) {
      maxSuggestions = value;
      return this;
    }

    public Builder phraseMinTitles(int value) {
      phraseMinTitles = value;
      return this;
    }

    public Builder spelling(boolean value) {
      spelling = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public SuggestConfig build() {
      return new SuggestConfig(maxSuggestions, phraseMinTitles, spelling);
    }
  }
}
