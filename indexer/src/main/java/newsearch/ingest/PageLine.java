package newsearch.ingest;

import newsearch.ingest.Breadcrumbs.Crumb;
import newsearch.ingest.DateLineParser.DateLine;

/** What one line of an article page is, as told by {@link PageLineClassifier}. */
sealed interface PageLine {

  /** An empty line, which ends a paragraph. */
  record Blank() implements PageLine {}

  /**
   * Site furniture, a caption, or a related-stories label: none of it is article text.
   *
   * @param text the line, which tells what kind of page it is on
   */
  record Furniture(String text) implements PageLine {}

  /** The comment box or the copyright footer: the article ends here if it has begun. */
  record End() implements PageLine {}

  /** A breadcrumb or a section label. */
  record Section(Crumb crumb) implements PageLine {}

  /**
   * A byline, a date line, or both on one line; either part may be null, not both.
   *
   * @param dates the dates the line announces, or null
   * @param author the author it names, or null
   */
  record Meta(DateLine dates, String author) implements PageLine {}

  /** A dateline alone on its line, such as {@code TOKYO (Reuters) -}. */
  record DatelineOnly(String text) implements PageLine {}

  /** The headline of another story that the page links to. */
  record Related(String headline) implements PageLine {}

  /**
   * Anything else: a headline, a lede, a label such as {@code Opinion}, or body text.
   *
   * @param text the line without its bullet
   * @param bulleted whether it was a bulleted line, as ledes and menus are
   */
  record Text(String text, boolean bulleted) implements PageLine {

    /** Headlines are shorter than this; a longer line is prose even without a full stop. */
    private static final int MAX_HEADLINE_WORDS = 30;

    /** Whether the line reads as a sentence rather than a headline or a label. */
    boolean isProse() {
      return endsSentence(text) || words() > MAX_HEADLINE_WORDS;
    }

    int words() {
      return Words.count(text);
    }

    /**
     * Whether {@code line} ends as a sentence does. Headlines may end with a question or an
     * exclamation mark, so only a full stop or an ellipsis counts, possibly inside quotes.
     */
    static boolean endsSentence(String line) {
      int end = line.length();
      while (end > 0 && "\"'”’)".indexOf(line.charAt(end - 1)) >= 0) {
        end--;
      }
      return end > 0 && ".…".indexOf(line.charAt(end - 1)) >= 0;
    }
  }
}
