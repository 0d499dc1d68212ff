package newsearch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds dates in page text, in English, Spanish, Portuguese, French or German: {@code Published 7
 * October 2021}, {@code October 7, 2021 3:14 PM UTC}, {@code 2021-10-07T09:00:00Z}, {@code Updated:
 * Tue 5 Apr 2022}, {@code Publicado el 12 de octubre de 2021}, {@code Publicado em 15 de agosto de
 * 2022 às 11h20}, {@code Publié le 12 janvier 2023 à 14h05}, {@code Veröffentlicht am 7. Oktober
 * 2021}.
 *
 * <p>The text is cut into words and numbers, and a date is three of them in a known order (day
 * month year, month day year, or year month day), so the work is linear in the length of the text
 * and the many spellings of separators need no rule each. A date taken from a timestamp is the
 * calendar date as written, in the publisher's own time zone, so the result never depends on the
 * time zone of the machine. Stateless and thread-safe.
 */
final class DateLineParser {

  /**
   * The dates announced by one line.
   *
   * @param published the publication date, or null
   * @param updated the date of the last update, or null
   */
  record DateLine(LocalDate published, LocalDate updated) {

    /** Combines two lines' dates; the first one seen of each kind wins. */
    DateLine or(DateLine later) {
      return new DateLine(
          published != null ? published : later.published,
          updated != null ? updated : later.updated);
    }

    /** The date an article is filed under: when it was published, else when it was updated. */
    LocalDate best() {
      return published != null ? published : updated;
    }
  }

  /** A date line is short; a longer line that mentions a date is a sentence. */
  private static final int MAX_LINE_TOKENS = 24;

  private static final Map<String, Integer> MONTHS = months();
  private static final Set<String> PUBLISHED_WORDS =
      Words.setOf(
          "published posted first created publicado publicada creado publié publiée paru "
              + "veröffentlicht erschienen erstellt");
  private static final Set<String> UPDATED_WORDS =
      Words.setOf(
          "updated modified edited last actualizado actualizada actualización modificado "
              + "atualizado atualizada atualização modifié modifiée actualisé actualisée mis "
              + "aktualisiert geändert stand");

  /** Words that may surround a date on a date line without making it a sentence. */
  private static final Set<String> DATE_LINE_WORDS =
      Words.setOf(
          "on at date time am pm a m p t z h hrs el las fecha hora monday tuesday "
              + "wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
              + "sat sun lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
              + "lun mié jue vie sáb dom em às as do da segunda terça terca quarta quinta "
              + "sexta feira le à a jour lundi mardi mercredi jeudi vendredi samedi dimanche "
              + "um uhr montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do "
              + "fr sa so");

  /** Words between the parts of a date: {@code 12 de octubre de 2021}, {@code 7th of October}. */
  private static final Set<String> FILLERS = Words.setOf("de del of st nd rd th er");

  /**
   * The dates of a line that does nothing but announce a date, or empty when the line is something
   * else, such as a sentence that mentions a date.
   */
  Optional<DateLine> dateLine(String line) {
    List<Token> tokens = tokens(line, MAX_LINE_TOKENS + 1);
    if (tokens.size() > MAX_LINE_TOKENS) {
      return Optional.empty();
    }
    LocalDate published = null;
    LocalDate updated = null;
    boolean labelledUpdate = false;
    boolean found = false;
    for (int i = 0; i < tokens.size(); ) {
      LocalDate date = dateAt(tokens, i);
      if (date != null) {
        found = true;
        if (labelledUpdate && updated == null) {
          updated = date;
        } else if (!labelledUpdate && published == null) {
          published = date;
        }
        labelledUpdate = false;
        i += 3;
        continue;
      }
      Token token = tokens.get(i);
      if (UPDATED_WORDS.contains(token.lower())) {
        labelledUpdate = true;
      } else if (PUBLISHED_WORDS.contains(token.lower())) {
        labelledUpdate = false;
      } else if (!isTimeOrZone(token) && !DATE_LINE_WORDS.contains(token.lower())) {
        return Optional.empty();
      }
      i++;
    }
    return found ? Optional.of(new DateLine(published, updated)) : Optional.empty();
  }

  /** The first date anywhere in {@code text}, such as a {@code datetime} attribute's value. */
  Optional<LocalDate> firstDate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    List<Token> tokens = tokens(text, Integer.MAX_VALUE);
    for (int i = 0; i < tokens.size(); i++) {
      LocalDate date = dateAt(tokens, i);
      if (date != null) {
        return Optional.of(date);
      }
    }
    return Optional.empty();
  }

  /** The date spelled by the three tokens from {@code i}, or null. */
  private static LocalDate dateAt(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return null;
    }
    Token a = tokens.get(i);
    Token b = tokens.get(i + 1);
    Token c = tokens.get(i + 2);
    if (a.isYear() && b.isSmallNumber() && c.isSmallNumber()) {
      return date(a.number(), b.number(), c.number());
    }
    if (a.isSmallNumber() && b.month() > 0 && c.isYear()) {
      return date(c.number(), b.month(), a.number());
    }
    if (a.month() > 0 && b.isSmallNumber() && c.isYear()) {
      return date(c.number(), a.month(), b.number());
    }
    return null;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException notACalendarDate) {
      return null;
    }
  }

  /** Clock times ({@code 3:14}, {@code 09:00:00}) and zone names ({@code UTC}, {@code CEST}). */
  private static boolean isTimeOrZone(Token token) {
    String text = token.text();
    return token.isSmallNumber() || (text.length() <= 5 && text.chars().allMatch(Token::isUpper));
  }

  /** Up to {@code limit} runs of letters or of digits; everything else separates them. */
  private static List<Token> tokens(String text, int limit) {
    List<Token> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length() && tokens.size() < limit; i++) {
      boolean boundary =
          i == text.length()
              || start >= 0 && kind(text.charAt(i)) != kind(text.charAt(start))
              || kind(text.charAt(i)) == 0;
      if (boundary && start >= 0) {
        Token token = new Token(text.substring(start, i));
        if (!FILLERS.contains(token.lower())) {
          tokens.add(token);
        }
        start = -1;
      }
      if (i < text.length() && start < 0 && kind(text.charAt(i)) != 0) {
        start = i;
      }
    }
    return tokens;
  }

  /** 1 for a letter, 2 for a digit, 0 for a separator. */
  private static int kind(char c) {
    if (Character.isLetter(c)) {
      return 1;
    }
    return c >= '0' && c <= '9' ? 2 : 0;
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "jänner"},
      {"february", "feb", "febrero", "fevereiro", "fev", "février", "fevrier", "févr", "februar"},
      {"march", "mar", "marzo", "março", "marco", "mars", "märz", "maerz", "mär"},
      {"april", "apr", "abril", "abr", "avril", "avr"},
      {"may", "mayo", "maio", "mai"},
      {"june", "jun", "junio", "junho", "juin", "juni"},
      {"july", "jul", "julio", "julho", "juillet", "juil", "juli"},
      {"august", "aug", "agosto", "ago", "août", "aout"},
      {"september", "sep", "sept", "septiembre", "setiembre", "set", "setembro", "septembre"},
      {"october", "oct", "octubre", "outubro", "out", "octobre", "oktober", "okt"},
      {"november", "nov", "noviembre", "novembro", "novembre"},
      {"december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "decembre", "dezember"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(name, m + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** One word or number of the text. */
  private record Token(String text, String lower) {

    Token(String text) {
      this(text, text.toLowerCase(Locale.ROOT));
    }

    boolean isDigits() {
      return kind(text.charAt(0)) == 2;
    }

    boolean isYear() {
      return isDigits() && text.length() == 4;
    }

    boolean isSmallNumber() {
      return isDigits() && text.length() <= 2;
    }

    int number() {
      return Integer.parseInt(text);
    }

    int month() {
      return isDigits() ? 0 : MONTHS.getOrDefault(lower, 0);
    }

    static boolean isUpper(int c) {
      return Character.isUpperCase(c);
    }
  }
}
