package newsearch.server;

import static newsearch.search.TestIndex.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsearch.schema.Article;

/**
 * Dated articles for the page's timeline, topics and trending terms: five years (2019 to 2023) of
 * harbour stories whose number per month follows a fixed pattern with one peak, three market
 * reports every month around them, two undated harbour stories, and a new topic (an icebreaker)
 * that appears only in the last week. Every text is different, so no article is a copy of another.
 */
final class TimelinePageFixture {

  /** The first month of the fixture. */
  static final LocalDate FIRST_MONTH = LocalDate.of(2019, 1, 1);

  /** Months from {@link #FIRST_MONTH}. */
  static final int MONTHS = 60;

  /** Market reports in every month, which the harbour stories are a share of. */
  static final int REPORTS_PER_MONTH = 3;

  /** Harbour stories without a date. */
  static final int UNDATED = 2;

  /** Articles on the icebreaker, all in the fixture's last week. */
  static final int ICEBREAKER_STORIES = 4;

  /** The day after the newest article: "now" for the trending terms. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T09:00:00Z"), ZoneOffset.UTC);

  private static final String[] PORT_STORIES = {
    "Dockworkers at the harbour stop the ferry for a day over pay",
    "Harbour pilots guide the night ferry past the breakwater in a gale",
    "Ferry operator adds a harbour crossing as dockworkers return",
    "Harbour master closes the ferry berth for dredging",
    "Dockworkers unload a record cargo at the harbour while the ferry waits",
  };

  private static final String[] MARKET_STORIES = {
    "Bank shares rise as bond yields ease",
    "Insurers lead a quiet session on the stock exchange",
    "Currency traders weigh the central bank minutes",
  };

  private TimelinePageFixture() {}

  /**
   * Harbour stories in month {@code m} (0 to {@link #MONTHS} - 1): 0 to 3 in a fixed uneven
   * pattern, and a strike in the summer of 2022 that adds up to six more.
   */
  static int harbourStories(int m) {
    return (m * 37 % 11) / 3 + Math.max(0, 6 - 2 * Math.abs(m - 42));
  }

  /** Every article of the fixture. */
  static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    for (int m = 0; m < MONTHS; m++) {
      LocalDate month = FIRST_MONTH.plusMonths(m);
      for (int k = 0; k < harbourStories(m); k++) {
        articles.add(harbour("harbour-" + month + "-" + k, month.plusDays(k * 3L + 1), m * 10 + k));
      }
      for (int k = 0; k < REPORTS_PER_MONTH; k++) {
        String title = MARKET_STORIES[k];
        LocalDate day = month.plusDays(k * 9L + 1);
        articles.add(
            article(
                "market-" + month + "-" + k,
                title + " on " + day,
                title + ". Report number " + (m * 10 + k) + " of the markets desk, " + day + ".",
                day.toString(),
                "Business > Markets"));
      }
    }
    for (int k = 0; k < UNDATED; k++) {
      articles.add(harbour("harbour-undated-" + k, null, 1000 + k));
    }
    for (int k = 0; k < ICEBREAKER_STORIES; k++) {
      LocalDate day = LocalDate.of(2023, 12, 26 + k);
      articles.add(
          article(
              "icebreaker-" + k,
              "Icebreaker frees trawlers in the strait, day " + (k + 1),
              "The icebreaker cut a channel for trawlers trapped in the strait on " + day + ".",
              day.toString(),
              "News > Polar"));
    }
    return articles;
  }

  private static Article harbour(String id, LocalDate day, int number) {
    String story = PORT_STORIES[number % PORT_STORIES.length];
    String when = day == null ? "an unknown day" : day.toString();
    return article(
        id,
        String.format(Locale.ROOT, "%s (%d)", story, number),
        story
            + ". Harbour notice "
            + number
            + " of "
            + when
            + ": the ferry timetable and the dockworkers' shifts change.",
        day == null ? null : day.toString(),
        "News > Ports");
  }
}
