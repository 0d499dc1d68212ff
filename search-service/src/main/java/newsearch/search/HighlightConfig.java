package newsearch.search;

import static newsearch.search.ConfigBounds.requirePositive;

/**
 * How hits are highlighted.
 *
 * @param snippets body fragments per hit
 * @param highlightMaxChars how much of each field the highlighter reads; longer bodies are cut
 */
public record HighlightConfig(int snippets, int highlightMaxChars) {

  /** Default fragments per hit: three lines of context under a title. */
  public static final int DEFAULT_SNIPPETS = 3;

  /**
   * Default highlighter reach: a million characters, so that a match deep in a long article is
   * still shown (the highlighter's own default window would miss it).
   */
  public static final int DEFAULT_HIGHLIGHT_MAX_CHARS = 1_000_000;

  /** The defaults. */
  public static final HighlightConfig DEFAULTS = builder().build();

  /** Rejects values that would highlight nothing. */
  public HighlightConfig {
    requirePositive("snippets", snippets);
    requirePositive("highlightMaxChars", highlightMaxChars);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder().snippets(snippets).highlightMaxChars(highlightMaxChars);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private int snippets = DEFAULT_SNIPPETS;
    private int highlightMaxChars = DEFAULT_HIGHLIGHT_MAX_CHARS;

    private Builder() {}

    public Builder snippets(int value) {
      snippets = value;
      return this;
    }

    public Builder highlightMaxChars(int value) {
      highlightMaxChars = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public HighlightConfig build() {
      return new HighlightConfig(snippets, highlightMaxChars);
    }
  }
}
