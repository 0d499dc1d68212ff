package newsearch.search;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.analytics.AnalyticsConfig;
import newsearch.search.analytics.ArchiveDays;
import newsearch.search.analytics.DayCounts;
import newsearch.search.analytics.DayIndex;
import newsearch.search.analytics.ExportConfig;
import newsearch.search.analytics.ExportField;
import newsearch.search.analytics.ExportFormat;
import newsearch.search.analytics.ExportWalk;
import newsearch.search.analytics.Interval;
import newsearch.search.analytics.SignificantTerm;
import newsearch.search.analytics.SignificantTerms;
import newsearch.search.analytics.Timeline;
import newsearch.search.analytics.Trending;
import newsearch.search.analytics.TrendingTerms;
import newsearch.search.index.ServedIndex;
import newsearch.search.rank.SearchDeadline;

/**
 * The analyses of a query's matches, over the same plan as a search ({@link SearchPlanner}): the
 * same words, the same filters, so a timeline's buckets add up to the search's total and the
 * significant terms are read from the search's own top hits. Thread-safe; {@link NewsSearcher} owns
 * it and the index it reads.
 */
public final class NewsAnalytics {

  private final SearchPlanner planner;
  private final SearchPipeline pipeline;
  private final ServedIndex index;
  private final Clock clock;
  private final SearchConfig searchConfig;
  private final AnalyticsConfig config;
  private final ArchiveDays archiveDays = new ArchiveDays();
  private final SignificantTerms significant;
  private final TrendingTerms trending;

  NewsAnalytics(
      NewsSchema schema,
      SearchPlanner planner,
      SearchPipeline pipeline,
      ServedIndex index,
      Clock clock,
      SearchConfig searchConfig,
      AnalyticsConfig config) {
    this.planner = planner;
    this.pipeline = pipeline;
    this.index = index;
    this.clock = clock;
    this.searchConfig = searchConfig;
    this.config = config;
    this.significant = new SignificantTerms(schema, config);
    this.trending = new TrendingTerms(schema, config);
  }

  /** The sizes and limits these analyses answer within. */
  public AnalyticsConfig config() {
    return config;
  }

  /**
   * The matches of {@code request} (its words and filters; its page is ignored) per day, week,
   * month or year, with each bucket's share of the archive's articles.
   *
   * @throws InvalidRequestException when the request exceeds a search limit, or the interval would
   *     need more than {@link AnalyticsConfig#maxBuckets} buckets
   */
  public Timeline timeline(SearchRequest request, Interval interval) throws IOException {
    SearchPlan plan = planner.page(request);
    return index.withSearcher(
        searcher -> {
          DayIndex days = archiveDays.of(searcher);
          DayCounts matches = searcher.search(plan.counting(), days.histogram());
          return Timeline.of(
              matches, days.archive(), interval, request.from(), request.to(), config.maxBuckets());
        });
  }

  /**
   * The {@code size} words and two-word phrases most significant in the top {@link
   * AnalyticsConfig#sampleSize} matches of {@code request} against the whole archive, best first.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@link
   *     AnalyticsConfig#maxTerms}, or the request exceeds a search limit
   */
  public List<SignificantTerm> terms(SearchRequest request, int size) throws IOException {
    RequestLimits.checkSize(size, config.maxTerms());
    SearchPlan plan = planner.sample(request, config.sampleSize());
    return index.withSearcher(
        searcher -> {
          int[] sample = pipeline.docs(searcher, plan, deadline());
          return significant.find(searcher, sample, request.query(), size);
        });
  }

  /**
   * The {@code size} terms rising most in the newest {@code days} days of the archive, counted back
   * from its newest dated article, against the {@code days} before.
   *
   * @throws InvalidRequestException when {@code days} is outside 1 to {@link
   *     AnalyticsConfig#maxTrendingDays} or {@code size} outside 1 to {@link
   *     AnalyticsConfig#maxTerms}
   */
  public Trending trending(int days, int size) throws IOException {
    if (days < 1 || days > config.maxTrendingDays()) {
      throw new InvalidRequestException(
          "invalid_days",
          "days must be between 1 and " + config.maxTrendingDays() + ", got " + days);
    }
    RequestLimits.checkSize(size, config.maxTerms());
    return index.withSearcher(
        searcher -> trending.find(searcher, archiveDays.of(searcher).archive(), days, size));
  }

  /** Where an export goes, once its size is known and within its limit. */
  public interface ExportTarget {
    /** The writer of the rows of an export of {@code total} articles. */
    ExportFormat.RowWriter begin(long total) throws IOException;
  }

  /**
   * Writes {@code fields} of every match of {@code request} (its words, filters and order; its page
   * is ignored) to the writer {@code target} gives, in the order of the search by {@code
   * request.sort()}: with the same freshness, but without the collapsing of copies, since an export
   * holds every article the total counts, and without the proximity re-ranking of the top hits. One
   * generation is read from start to end.
   *
   * @return how many articles were written: the search's total
   * @throws InvalidRequestException with code {@code too_many_rows} before anything is written,
   *     when the request matches more than {@code limits.maxRows()} articles; or when it exceeds a
   *     search limit
   */
  public long export(
      SearchRequest request, List<ExportField> fields, ExportConfig limits, ExportTarget target)
      throws IOException {
    SearchPlan plan = planner.page(request);
    return index.withSearcher(
        searcher -> {
          long total = searcher.count(plan.counting());
          if (total > limits.maxRows()) {
            throw new InvalidRequestException(
                "too_many_rows",
                "the query matches "
                    + total
                    + " articles and an export holds at most "
                    + limits.maxRows()
                    + "; narrow it with q, section, from or to");
          }
          ExportFormat.RowWriter rows = target.begin(total);
          long written =
              new ExportWalk(searcher, plan.walk().query(), plan.walk().sort(), limits.batchSize())
                  .write(fields, rows);
          rows.flush();
          return written;
        });
  }

  private SearchDeadline deadline() {
    return new SearchDeadline(clock, searchConfig.limits().searchTimeoutMillis());
  }
}
