package newsearch.search.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import newsearch.search.InvalidRequestException;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.SortOrder;
import newsearch.search.TestIndex;
import newsearch.search.TestSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {

  @RegisterExtension final TestSearcher oil = new TestSearcher(AnalyticsCorpus.oilMonths());

  private static SearchRequest request(String q, String section, String from, String to) {
    return new SearchRequest(
        q,
        section == null ? List.of() : List.of(SectionPath.parse(section)),
        from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        SortOrder.RELEVANCE,
        1,
        10,
        null,
        true);
  }

  private Timeline timeline(SearchRequest request, Interval interval) throws Exception {
    return oil.searcher().analytics().timeline(request, interval);
  }

  private static String buckets(Timeline timeline) {
    StringBuilder text = new StringBuilder();
    for (Timeline.Bucket bucket : timeline.buckets()) {
      text.append(bucket.start()).append('=').append(bucket.count()).append(' ');
    }
    return text.toString().strip();
  }

  @Test
  void monthsCountTheMatchesFillTheEmptyMonthAndCountTheUndatedApart() throws Exception {
    Timeline timeline = timeline(request("oil", null, null, null), Interval.MONTH);

    assertEquals(Interval.MONTH, timeline.interval());
    assertEquals("2021-01-01=2 2021-02-01=0 2021-03-01=1", buckets(timeline));
    assertEquals(1, timeline.undated());
  }

  @Test
  void shareIsTheCountOverEveryArticleOfTheBucket() throws Exception {
    Timeline timeline = timeline(request("oil", null, null, null), Interval.MONTH);

    // By hand: January has o1, o2, x1; February x2; March o3, x3, x4.
    assertEquals(2.0 / 3, timeline.buckets().get(0).share(), 1e-12);
    assertEquals(0.0, timeline.buckets().get(1).share(), 1e-12);
    assertEquals(1.0 / 3, timeline.buckets().get(2).share(), 1e-12);
  }

  @Test
  void bucketsAndUndatedAddUpToTheSearchTotalUnderTheSameFilters() throws Exception {
    for (SearchRequest request :
        List.of(
            request("oil", null, null, null),
            request("oil", "Business", null, null),
            request("", null, null, null),
            request("", "Life", null, null),
            request("oil OR snow", null, "2021-01-06", "2021-03-31"))) {
      Timeline timeline = timeline(request, Interval.DAY);
      long sum = timeline.buckets().stream().mapToLong(Timeline.Bucket::count).sum();

      assertEquals(
          oil.searcher().search(request).total(), sum + timeline.undated(), "for " + request);
    }
  }

  @Test
  void aDateRangeFillsItsBucketsWithinTheArchiveDates() throws Exception {
    Timeline timeline = timeline(request("oil", null, "2020-06-01", "2021-02-28"), Interval.MONTH);

    // The archive starts in January 2021, so the range's earlier months are not drawn.
    assertEquals("2021-01-01=2 2021-02-01=0", buckets(timeline));
    assertEquals(0, timeline.undated());
  }

  @Test
  void aBucketCutByTheRangeIsSharedAgainstTheArchiveDaysInTheRange() throws Exception {
    Timeline timeline = timeline(request("oil", null, "2021-01-11", "2021-03-31"), Interval.MONTH);

    // From 11 January, January holds o2 only: one oil article of one.
    assertEquals(1.0, timeline.buckets().get(0).share(), 1e-12);
  }

  @Test
  void weeksStartOnMonday() throws Exception {
    Timeline timeline = timeline(request("oil", null, null, "2021-01-31"), Interval.WEEK);

    assertEquals("2021-01-04", timeline.buckets().get(0).start().toString());
    // The range ends on Sunday 31 January, so the week of the 25th is drawn, empty.
    assertEquals("2021-01-04=1 2021-01-11=0 2021-01-18=1 2021-01-25=0", buckets(timeline));
  }

  @Test
  void autoPicksAnIntervalWithFiftyToTwoHundredBuckets(@TempDir Path dir) throws Exception {
    assertEquals("day 75", auto(timeline(request("", null, null, null), Interval.AUTO)));
    assertEquals("week 157", auto(spanning(dir.resolve("3y"), "2019-01-01", "2021-12-31")));
    assertEquals("month 120", auto(spanning(dir.resolve("10y"), "2011-01-01", "2020-12-31")));
  }

  @Test
  void autoNearestTheRangeWhenNoIntervalFallsInIt(@TempDir Path dir) throws Exception {
    // Twenty years: 240 months are nearer 200 than 20 years are to 50.
    assertEquals("month 240", auto(spanning(dir, "2001-01-01", "2020-12-31")));
  }

  @Test
  void tooManyBucketsAreRefusedNamingTheIntervalAndTheCount(@TempDir Path dir) throws Exception {
    try (NewsSearcher twentyYears =
        TestIndex.open(dir, twoArticles("2001-01-01", "2020-12-31"), SearchConfig.DEFAULTS)) {
      InvalidRequestException refused =
          assertThrows(
              InvalidRequestException.class,
              () -> twentyYears.analytics().timeline(request("", null, null, null), Interval.DAY));

      assertEquals("too_many_buckets", refused.code());
      assertEquals(
          "interval day needs 7305 buckets from 2001-01-01 to 2020-12-31, at most 5000 are"
              + " answered; choose a longer interval, auto, or a shorter range",
          refused.getMessage());
    }
  }

  @Test
  void anArchiveWithoutDatesHasNoBucketsAndCountsEveryMatchUndated(@TempDir Path dir)
      throws Exception {
    try (NewsSearcher undated =
        TestIndex.open(dir, TestIndex.peaceTalksAndRates("talks-1"), SearchConfig.DEFAULTS)) {
      Timeline timeline =
          undated.analytics().timeline(request("peace", null, null, null), Interval.AUTO);

      assertEquals(List.of(), timeline.buckets());
      assertEquals(2, timeline.undated());
    }
  }

  @Test
  void anUnknownIntervalIsRefusedNamingIt() {
    InvalidRequestException refused =
        assertThrows(InvalidRequestException.class, () -> Interval.parse("fortnight"));

    assertEquals("invalid_interval", refused.code());
    assertEquals(
        "interval must be day, week, month, year or auto, got 'fortnight'", refused.getMessage());
  }

  private static List<Article> twoArticles(String first, String last) {
    return List.of(
        TestIndex.article("a", "First", "The first day.", first, "News"),
        TestIndex.article("b", "Last", "The last day.", last, "News"));
  }

  private static Timeline spanning(Path dir, String first, String last) throws Exception {
    try (NewsSearcher searcher =
        TestIndex.open(dir, twoArticles(first, last), SearchConfig.DEFAULTS)) {
      return searcher.analytics().timeline(request("", null, null, null), Interval.AUTO);
    }
  }

  private static String auto(Timeline timeline) {
    return timeline.interval().label() + " " + timeline.buckets().size();
  }
}
