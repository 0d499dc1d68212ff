package newsearch.search.analytics;

import com.google.gson.annotations.SerializedName;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import newsearch.search.InvalidRequestException;

/**
 * The width of a timeline's buckets: calendar days, ISO weeks (starting on Monday), months or
 * years, or {@link #AUTO} to let the span of the dates choose. Written in JSON in lower case.
 */
public enum Interval {
  @SerializedName("day")
  DAY,
  @SerializedName("week")
  WEEK,
  @SerializedName("month")
  MONTH,
  @SerializedName("year")
  YEAR,
  @SerializedName("auto")
  AUTO;

  /** The fewest buckets {@link #AUTO} aims for. */
  public static final int AUTO_MIN_BUCKETS = 50;

  /** The most buckets {@link #AUTO} aims for. */
  public static final int AUTO_MAX_BUCKETS = 200;

  /** The calendar intervals, finest first: the ones {@link #AUTO} chooses from. */
  private static final Interval[] CALENDAR = {DAY, WEEK, MONTH, YEAR};

  /**
   * The interval named {@code text} ({@code day}, {@code week}, {@code month}, {@code year} or
   * {@code auto}, in any case); {@link #AUTO} when it is null or blank.
   *
   * @throws InvalidRequestException with code {@code invalid_interval} for any other text
   */
  public static Interval parse(String text) {
    if (text == null || text.isBlank()) {
      return AUTO;
    }
    for (Interval interval : values()) {
      if (interval.name().equalsIgnoreCase(text.strip())) {
        return interval;
      }
    }
    throw new InvalidRequestException(
        "invalid_interval",
        "interval must be day, week, month, year or auto, got '" + text.strip() + "'");
  }

  /**
   * This interval, or for {@link #AUTO} the calendar interval whose bucket count over the days from
   * {@code first} to {@code last} is nearest the range {@value #AUTO_MIN_BUCKETS} to {@value
   * #AUTO_MAX_BUCKETS}, nearness measured as a ratio, the finer interval on a tie. So the count
   * lands in the range whenever the calendar allows (ten years get months, three years weeks, two
   * months days), and near it otherwise (twenty years get 240 months rather than 20 years).
   */
  public Interval resolve(LocalDate first, LocalDate last) {
    if (this != AUTO) {
      return this;
    }
    Interval best = DAY;
    double bestDistance = Double.MAX_VALUE;
    for (Interval interval : CALENDAR) {
      double distance = distanceFromRange(interval.buckets(first, last));
      if (distance < bestDistance) {
        best = interval;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static double distanceFromRange(long buckets) {
    if (buckets < AUTO_MIN_BUCKETS) {
      return Math.log((double) AUTO_MIN_BUCKETS / buckets);
    }
    return buckets > AUTO_MAX_BUCKETS ? Math.log((double) buckets / AUTO_MAX_BUCKETS) : 0;
  }

  /** How many buckets of this interval the days from {@code first} to {@code last} touch. */
  public long buckets(LocalDate first, LocalDate last) {
    return unitsBetween(start(first), start(last)) + 1;
  }

  /** The first day of the bucket that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
      case AUTO -> throw new IllegalStateException("resolve AUTO to a calendar interval first");
    };
  }

  /** The first day of the bucket after the one starting on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
      case AUTO -> throw new IllegalStateException("resolve AUTO to a calendar interval first");
    };
  }

  private long unitsBetween(LocalDate a, LocalDate b) {
    return switch (this) {
      case DAY -> ChronoUnit.DAYS.between(a, b);
      case WEEK -> ChronoUnit.WEEKS.between(a, b);
      case MONTH -> ChronoUnit.MONTHS.between(a, b);
      case YEAR -> ChronoUnit.YEARS.between(a, b);
      case AUTO -> throw new IllegalStateException("resolve AUTO to a calendar interval first");
    };
  }

  /** The name as the API writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
