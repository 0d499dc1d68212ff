package newsearch.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a news dateline at the start of a line: {@code TOKYO (Reuters) -}, {@code WASHINGTON
 * —}, {@code MADRID, 12 oct (EFE).-}. A dateline opens the first paragraph; it is never a headline.
 * Stateless and thread-safe.
 */
final class Dateline {

  /** A word in capitals, not the capital that starts a lower-case word. */
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]*+(?![\\p{Ll}])";

  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*+";
  private static final String DATE = "(?:,[^()\\-—–\\n]{1,25}+)?";
  private static final String AGENCY = "\\s*+\\([^()\\n]{1,30}+\\)";
  private static final String DASH = "\\s*+(?:\\.-|[-—–])(?=\\s|$)";

  /**
   * A place in capitals, or a place in any case when an agency follows; the possessive quantifiers
   * keep matching linear in the length of the line.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:"
              + CAPS_WORD
              + "(?:[ ,/]++"
              + CAPS_WORD
              + "){0,4}+"
              + DATE
              + "(?:"
              + AGENCY
              + ")?|"
              + WORD
              + "(?:[ ,]++"
              + WORD
              + "){0,3}+"
              + DATE
              + AGENCY
              + ")"
              + DASH);

  private Dateline() {}

  /** Whether {@code line} opens with a dateline. */
  static boolean opens(String line) {
    return DATELINE.matcher(line.strip()).lookingAt();
  }

  /** Whether {@code line} is a dateline and nothing else. */
  static boolean isWhole(String line) {
    String text = line.strip();
    Matcher m = DATELINE.matcher(text);
    return m.lookingAt() && m.end() == text.length();
  }
}
