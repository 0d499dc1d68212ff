package newsearch.search.analytics;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Articles counted per publication day over a fixed range of days, and the articles without a date
 * apart. Immutable once built by {@link DayHistogram}; thread-safe.
 */
public final class DayCounts {

  /** No articles at all. */
  static final DayCounts NONE = new DayCounts(0, new long[0], 0);

  private final long firstDay;
  private final long[] counts;
  private final long undated;

  /** Counts for the days {@code firstDay}, {@code firstDay + 1}, ... in epoch days. */
  DayCounts(long firstDay, long[] counts, long undated) {
    this.firstDay = firstDay;
    this.counts = counts;
    this.undated = undated;
  }

  /** The articles published on {@code day}. */
  public long on(LocalDate day) {
    long index = day.toEpochDay() - firstDay;
    return index < 0 || index >= counts.length ? 0 : counts[(int) index];
  }

  /** The articles published from {@code first} to {@code last}, both included. */
  public long between(LocalDate first, LocalDate last) {
    long from = Math.max(0, first.toEpochDay() - firstDay);
    long to = Math.min(counts.length - 1L, last.toEpochDay() - firstDay);
    long sum = 0;
    for (long i = from; i <= to; i++) {
      sum += counts[(int) i];
    }
    return sum;
  }

  /** The articles without a publication date. */
  public long undated() {
    return undated;
  }

  /** Every article counted, dated or not. */
  public long total() {
    return Arrays.stream(counts).sum() + undated;
  }

  /** The first day with an article, or null when none is dated. */
  public LocalDate firstDated() {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        return LocalDate.ofEpochDay(firstDay + i);
      }
    }
    return null;
  }

  /** The last day with an article, or null when none is dated. */
  public LocalDate lastDated() {
    for (int i = counts.length - 1; i >= 0; i--) {
      if (counts[i] > 0) {
        return LocalDate.ofEpochDay(firstDay + i);
      }
    }
    return null;
  }
}
