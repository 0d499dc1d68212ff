package newsearch.ingest;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words as the page rules mean them, runs of non-whitespace, and the vocabularies those rules are
 * written in.
 */
final class Words {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*");

  private Words() {}

  /**
   * A vocabulary of single words written as one string: {@code "nav aside footer"}. A word may
   * repeat, since the five languages' vocabularies share words such as {@code mai}.
   */
  static Set<String> setOf(String spaceSeparated) {
    return Set.copyOf(Arrays.asList(SPACES.split(spaceSeparated.strip())));
  }

  /** A vocabulary of phrases written as one string: {@code "read more, share this"}. */
  static Set<String> phrasesOf(String commaSeparated) {
    return Set.copyOf(Arrays.asList(COMMAS.split(commaSeparated.strip())));
  }

  /** The number of whitespace-separated words in {@code text}. */
  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
