package newsearch.search.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsearch.search.InvalidRequestException;

/**
 * A query's matches over time: one bucket per day, week, month or year from the first to the last
 * bucket with a match (or across the range a request set, within the archive's dates), empty
 * buckets included, and the matches without a date counted apart.
 *
 * @param interval the width of the buckets, never {@link Interval#AUTO}
 * @param buckets the buckets in date order, without gaps
 * @param undated the matching articles that have no publication date
 */
public record Timeline(Interval interval, List<Bucket> buckets, long undated) {

  /**
   * One bucket.
   *
   * @param start its first day
   * @param count the matching articles published in it
   * @param share {@code count} divided by every article of the archive published in it (0 when
   *     there are none): a rise means more attention, not a bigger archive
   */
  public record Bucket(LocalDate start, long count, double share) {}

  /** Copies the buckets. */
  public Timeline {
    buckets = List.copyOf(buckets);
  }

  /**
   * The timeline of {@code matches} against {@code archive}, in buckets of {@code asked}.
   *
   * @param from the first day asked for, or null to start at the first match
   * @param to the last day asked for, or null to end at the last match
   * @param maxBuckets the most buckets an answer may hold
   * @throws InvalidRequestException with code {@code too_many_buckets} when the interval would need
   *     more than {@code maxBuckets}
   */
  public static Timeline of(
      DayCounts matches,
      DayCounts archive,
      Interval asked,
      LocalDate from,
      LocalDate to,
      int maxBuckets) {
    LocalDate first = later(from != null ? from : matches.firstDated(), archive.firstDated());
    LocalDate last = earlier(to != null ? to : matches.lastDated(), archive.lastDated());
    if (first == null || last == null || first.isAfter(last)) {
      Interval none = asked == Interval.AUTO ? Interval.MONTH : asked;
      return new Timeline(none, List.of(), matches.undated());
    }
    Interval interval = asked.resolve(first, last);
    long needed = interval.buckets(first, last);
    if (needed > maxBuckets) {
      throw new InvalidRequestException(
          "too_many_buckets",
          "interval "
              + interval.label()
              + " needs "
              + needed
              + " buckets from "
              + first
              + " to "
              + last
              + ", at most "
              + maxBuckets
              + " are answered; choose a longer interval, auto, or a shorter range");
    }
    List<Bucket> buckets = new ArrayList<>((int) needed);
    for (LocalDate start = interval.start(first);
        !start.isAfter(last);
        start = interval.next(start)) {
      // A bucket cut by the range asked for is compared with the archive's days in the range.
      LocalDate lo = from != null && from.isAfter(start) ? from : start;
      LocalDate end = interval.next(start).minusDays(1);
      LocalDate hi = to != null && to.isBefore(end) ? to : end;
      long count = matches.between(lo, hi);
      long all = archive.between(lo, hi);
      buckets.add(new Bucket(start, count, all == 0 ? 0 : (double) count / all));
    }
    return new Timeline(interval, buckets, matches.undated());
  }

  /** The later of two days; null when either is unknown. */
  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b == null ? null : a.isAfter(b) ? a : b;
  }

  /** The earlier of two days; null when either is unknown. */
  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b == null ? null : a.isBefore(b) ? a : b;
  }
}
