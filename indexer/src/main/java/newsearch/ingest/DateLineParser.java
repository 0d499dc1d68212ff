package newsearch.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the publication-date line of a scraped page, such as {@code Published 7 October 2021},
 * and reads its date.
 */
final class DateLineParser {

  private static final Pattern PUBLISHED =
      Pattern.compile(
          "^(?:published|posted|first published)\\s*(?:on)?\\s*:?\\s*(.+)$",
          Pattern.CASE_INSENSITIVE);

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ISO_LOCAL_DATE);

  /** The date of a line that announces publication, or empty when the line is something else. */
  Optional<LocalDate> publishedDate(String line) {
    Matcher m = PUBLISHED.matcher(line.strip());
    return m.matches() ? parseDate(m.group(1)) : Optional.empty();
  }

  /** Reads a bare date in one of the known formats. */
  Optional<LocalDate> parseDate(String text) {
    String cleaned = text.strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(cleaned, format.withLocale(Locale.ENGLISH)));
      } catch (DateTimeParseException notThisFormat) {
        // the next format may fit
      }
    }
    return Optional.empty();
  }
}
