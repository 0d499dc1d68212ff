package newsearch.search.analytics;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.index.MatchingDocIds;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Finds the terms rising in the newest {@code days} of the archive against the {@code days} before.
 * The candidates are the {@link SignificantTerms} of an even sample of the recent period's articles
 * against the whole archive; each is then counted exactly in both periods, and scored by {@link
 * JlhScore} with the recent period as foreground and the period before as background (one article
 * added to the period before, so that a term new in the recent period has a finite score).
 * Thread-safe.
 */
public final class TrendingTerms {

  private static final Comparator<RisingTerm> MOST_RISING =
      Comparator.comparingDouble(RisingTerm::score).reversed().thenComparing(RisingTerm::term);

  private final NewsSchema schema;
  private final AnalyticsConfig config;
  private final SignificantTerms significant;

  public TrendingTerms(NewsSchema schema, AnalyticsConfig config) {
    this.schema = schema;
    this.config = config;
    this.significant = new SignificantTerms(schema, config);
  }

  /** The {@code size} terms rising most in the newest {@code days} of {@code archive}. */
  public Trending find(IndexSearcher searcher, DayCounts archive, int days, int size)
      throws IOException {
    LocalDate to = archive.lastDated();
    if (to == null) {
      return new Trending(days, null, null, null, null, 0, 0, List.of());
    }
    LocalDate from = to.minusDays(days - 1L);
    LocalDate beforeTo = from.minusDays(1);
    LocalDate beforeFrom = beforeTo.minusDays(days - 1L);
    long recentArticles = archive.between(from, to);
    long beforeArticles = archive.between(beforeFrom, beforeTo);
    Query recent = schema.dateRange(from, to);
    Query before = schema.dateRange(beforeFrom, beforeTo);
    int[] sample = evenSample(searcher, recent, config.sampleSize());
    TermCounts counts = new TermCounts(new SampleTerms(schema, null));
    List<RisingTerm> rising = new ArrayList<>();
    for (SignificantTerm candidate :
        significant.find(searcher, sample, null, config.trendingCandidates())) {
      long inRecent = counts.within(searcher, candidate.term(), recent);
      long inBefore = counts.within(searcher, candidate.term(), before);
      double score = JlhScore.of(inRecent, recentArticles, inBefore + 1, beforeArticles + 1);
      if (score > 0 && inRecent >= config.minForeground()) {
        rising.add(new RisingTerm(candidate.term(), inRecent, inBefore, score));
      }
    }
    rising.sort(MOST_RISING);
    return new Trending(
        days,
        from,
        to,
        beforeFrom,
        beforeTo,
        recentArticles,
        beforeArticles,
        rising.subList(0, Math.min(size, rising.size())));
  }

  /**
   * At most {@code size} of the articles matching {@code query}, evenly spread over them in index
   * order: so a sample of a period is not only its last day, as the newest would be.
   */
  private static int[] evenSample(IndexSearcher searcher, Query query, int size)
      throws IOException {
    int[] all =
        searcher.search(query, MatchingDocIds.INSTANCE).stream()
            .mapToInt(Integer::intValue)
            .toArray();
    if (all.length <= size) {
      return all;
    }
    int[] sample = new int[size];
    for (int i = 0; i < size; i++) {
      sample[i] = all[(int) ((long) i * all.length / size)];
    }
    return sample;
  }
}
