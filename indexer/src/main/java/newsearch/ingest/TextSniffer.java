package newsearch.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells text from binary data under a page's name, such as a program copied to {@code notes.txt}.
 * Decoding never fails ({@code LenientText} gives a character for every byte), so without this a
 * binary file would become an article whose title is control characters. Stateless.
 */
final class TextSniffer {

  /** Characters looked at: the start of a file shows what it is. */
  private static final int SAMPLE_CHARS = 8192;

  /**
   * Share of control characters (tabs, line and page ends aside) and U+FFFD above which the input
   * is not text. Pages, even ones decoded with the wrong charset, have next to none; programs,
   * images and archives have a third or more, NUL bytes above all.
   */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private TextSniffer() {}

  /** Why {@code text} is not text ({@code not text: 38% control characters}), or empty. */
  static Optional<String> notText(String text) {
    int sample = Math.min(text.length(), SAMPLE_CHARS);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      if (isControl(text.charAt(i))) {
        control++;
      }
    }
    if (sample == 0 || control <= sample * MAX_CONTROL_SHARE) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "not text: %d%% control characters",
            Math.round(100.0 * control / sample)));
  }

  private static boolean isControl(char c) {
    return c == '\uFFFD'
        || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }
}
