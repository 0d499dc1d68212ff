package newsearch.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the language an input declares into an ISO 639-1 code: {@code es-MX}, {@code pt_BR} and
 * {@code FR} become {@code es}, {@code pt} and {@code fr}. The one place that decides what counts
 * as a language code, for records, HTML {@code lang}, {@code og:locale} and JSON-LD {@code
 * inLanguage} alike.
 */
public final class LanguageTag {

  /** The tag of an undetermined language (ISO 639-2), which carries no language. */
  public static final String UNDETERMINED = "und";

  private static final Pattern PRIMARY = Pattern.compile("[a-z]{2}");

  private LanguageTag() {}

  /**
   * The two-letter primary subtag of {@code tag}, lower-cased; null when {@code tag} is null,
   * blank, {@code und}, or does not start with a two-letter code.
   */
  public static String primary(String tag) {
    if (tag == null) {
      return null;
    }
    String lower = tag.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < lower.length() && lower.charAt(end) != '-' && lower.charAt(end) != '_') {
      end++;
    }
    String primary = lower.substring(0, end);
    return PRIMARY.matcher(primary).matches() ? primary : null;
  }
}
