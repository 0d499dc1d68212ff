package newsearch.search.facet;

import java.util.Locale;

/**
 * The name of a language in that language, as a reader of it would look for it in a list: {@code
 * es} is {@code Español}, {@code de} is {@code Deutsch}. From the JDK's locale data, so every
 * language the detector knows has a name; a code the JDK does not know is shown as itself.
 */
public final class LanguageNames {

  private LanguageNames() {}

  /** The display name of the ISO 639-1 {@code code}, capitalised as a list entry. */
  public static String of(String code) {
    Locale language = Locale.forLanguageTag(code);
    String name = language.getDisplayLanguage(language);
    if (name.isEmpty() || name.equals(code)) {
      return code;
    }
    return name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }
}
