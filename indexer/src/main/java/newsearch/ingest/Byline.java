package newsearch.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline, such as {@code By Jane Doe}, {@code Por Ana García}, {@code Par Yann Le
 * Goff} or {@code Von Jens Albrecht}, and reads the author's name from it. Stateless and
 * thread-safe.
 */
final class Byline {

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:by|written by|words by|story by|posted by|reported by|author|autor|autora|por"
              + "|escrito por|publicado por|par|auteur|auteure|von|text)(?:\\s*:\\s*|\\s+)(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Longer than this, {@code By ...} is a sentence, not a name. */
  private static final int MAX_NAME_WORDS = 8;

  private static final int MAX_NAME_CHARS = 80;

  /** Lower-case words that occur inside names and lists of names. */
  private static final Set<String> NAME_JOINERS =
      Words.setOf("and & y e in de del la las los van von der den da di du le bin al el");

  private Byline() {}

  /** The author named by a byline, or empty when {@code line} is not one. */
  static Optional<String> author(String line) {
    Matcher m = LEAD.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = trimTrailingPunctuation(m.group(1).strip());
    return looksLikeNames(name) ? Optional.of(name) : Optional.empty();
  }

  /**
   * Whether every word starts with a capital letter or joins names, as in {@code Jane Doe and John
   * Roe}; {@code By the end of the year} fails this test.
   */
  private static boolean looksLikeNames(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
      return false;
    }
    String[] words = name.split("\\s+");
    if (words.length > MAX_NAME_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.matches("[-|–—·]+")) {
        continue;
      }
      String bare = word.replaceAll("^[(\"'“]+|[,;)\"'”]+$", "");
      boolean joiner = NAME_JOINERS.contains(bare.toLowerCase(Locale.ROOT));
      if (!joiner && (bare.isEmpty() || !isNameStart(bare.codePointAt(0)))) {
        return false;
      }
    }
    return name.chars().noneMatch(c -> c == '.' || c == '!' || c == '?') || isInitialled(name);
  }

  private static boolean isNameStart(int c) {
    return Character.isUpperCase(c) || c == '@';
  }

  /** Names with initials ({@code J. R. Doe}) carry full stops that sentences also carry. */
  private static boolean isInitialled(String name) {
    return name.matches("(?:[^.!?]*\\b\\p{Lu}\\.)+[^.!?]*");
  }

  private static String trimTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && ".,;:|-–—".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
