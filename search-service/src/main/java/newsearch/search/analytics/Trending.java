package newsearch.search.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms rising in the newest period of the archive against the period of the same length before
 * it. The periods end at the archive's newest dated article, not at today, so an archive that
 * stopped growing years ago still shows what rose at its end.
 *
 * @param days the length of each period in days
 * @param from the first day of the recent period; null when no article is dated
 * @param to the last day of the recent period, the newest article's day; null when none is dated
 * @param beforeFrom the first day of the period before
 * @param beforeTo the last day of the period before, the day before {@code from}
 * @param articles how many articles the recent period holds
 * @param beforeArticles how many articles the period before holds
 * @param terms the rising terms, most rising first
 */
public record Trending(
    int days,
    LocalDate from,
    LocalDate to,
    LocalDate beforeFrom,
    LocalDate beforeTo,
    long articles,
    long beforeArticles,
    List<RisingTerm> terms) {

  /** Copies the terms. */
  public Trending {
    terms = List.copyOf(terms);
  }
}
