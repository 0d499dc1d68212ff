package newsearch.search.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.search.InvalidRequestException;

/**
 * Reads the date expressions of the search box into the dates they bound: {@code since:X} (from the
 * start of X), {@code after:X} (from the day after X ends), {@code before:X} (up to the day before
 * X starts), where X is a year ({@code 2021}), a month ({@code 2021-06}) or a day ({@code
 * 2021-06-15}); and {@code when:N} with N a number of days, weeks, months or years ({@code 7d},
 * {@code 2w}, {@code 3m}, {@code 1y}): the last N of them up to today, as the {@code recent} facet
 * counts them. A value that is none of these is an {@link InvalidRequestException}: a mistyped date
 * should say so rather than silently search for the word. Thread-safe.
 */
final class DateExpression {

  /** The longest {@code when:} span, in any unit; more would reach before any archive. */
  static final int MAX_WHEN = 10_000;

  private static final Pattern EXPRESSION =
      Pattern.compile("(since|after|before|when):(.*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SPAN = Pattern.compile("(\\d{1,5})([dwmy])");

  private final Clock clock;

  DateExpression(Clock clock) {
    this.clock = clock;
  }

  /** The bounds so far, narrowed by one expression. */
  record Bounds(LocalDate from, LocalDate to) {
    Bounds narrowedFrom(LocalDate day) {
      return new Bounds(from == null || day.isAfter(from) ? day : from, to);
    }

    Bounds narrowedTo(LocalDate day) {
      return new Bounds(from, to == null || day.isBefore(to) ? day : to);
    }
  }

  /** Whether {@code word} is a date expression, valid or not. */
  static boolean matches(String word) {
    return EXPRESSION.matcher(word).matches();
  }

  /**
   * {@code bounds} narrowed by the expression {@code word}; unchanged when its value is empty.
   *
   * @throws InvalidRequestException naming the expression when its value cannot be read
   */
  Bounds narrow(Bounds bounds, String word) {
    Matcher m = EXPRESSION.matcher(word);
    if (!m.matches() || m.group(2).isEmpty()) {
      return bounds;
    }
    String key = m.group(1).toLowerCase(Locale.ROOT);
    String value = m.group(2).toLowerCase(Locale.ROOT);
    return switch (key) {
      case "since" -> bounds.narrowedFrom(period(key, value).first());
      case "after" -> bounds.narrowedFrom(period(key, value).last().plusDays(1));
      case "before" -> bounds.narrowedTo(period(key, value).first().minusDays(1));
      default -> bounds.narrowedFrom(since(value));
    };
  }

  private record Period(LocalDate first, LocalDate last) {}

  private static Period period(String key, String value) {
    try {
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      if (MONTH.matcher(value).matches()) {
        YearMonth month = YearMonth.parse(value);
        return new Period(month.atDay(1), month.atEndOfMonth());
      }
      if (DAY.matcher(value).matches()) {
        LocalDate day = LocalDate.parse(value);
        return new Period(day, day);
      }
    } catch (DateTimeParseException e) {
      // Falls through to the message below, which says what a date looks like.
    }
    throw new InvalidRequestException(
        "invalid_date_expression",
        key
            + ": must be a year, a month or a day (2021, 2021-06, 2021-06-15), got '"
            + value
            + "'");
  }

  private LocalDate since(String value) {
    Matcher m = SPAN.matcher(value);
    int n = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (n < 1 || n > MAX_WHEN) {
      throw new InvalidRequestException(
          "invalid_date_expression",
          "when: must be a number from 1 to "
              + MAX_WHEN
              + " followed by d, w, m or y (7d, 1y), got '"
              + value
              + "'");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate back =
        switch (m.group(2)) {
          case "d" -> today.minusDays(n);
          case "w" -> today.minusWeeks(n);
          case "m" -> today.minusMonths(n);
          default -> today.minusYears(n);
        };
    return back.plusDays(1);
  }
}
