package newsearch.bench.vector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.QueryMixFile;
import newsearch.embedding.SentenceEncoder;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import newsearch.search.KnnScope;
import newsearch.search.NewsSearcher;
import newsearch.search.Ranking;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;

/**
 * The time of a first page of each plain query of the mix, ranked one way, on one thread, after a
 * warm-up pass, every query fused when hybrid ({@link KnnScope#FILTERS}, whatever its length); and
 * the time of embedding each query alone. A plain loop rather than JMH, to compare lexical and
 * hybrid ranking on one index in minutes.
 */
public final class RankingLatency {

  private RankingLatency() {}

  /** Prints mean, median and 95th percentile in milliseconds for {@code ranking}. */
  public static String measure(Path index, Path queries, Ranking ranking, int count)
      throws IOException {
    List<BenchQuery> mix = QueryMixFile.read(queries);
    List<String> texts =
        mix.stream().map(BenchQuery::text).filter(t -> !t.isBlank()).limit(count).toList();
    // Every query fused, short ones too: the cost of hybrid ranking at its most.
    SearchConfig config =
        SearchConfig.builder().fusion(f -> f.ranking(ranking).knnScope(KnnScope.FILTERS)).build();
    try (NewsSearcher searcher =
        NewsSearcher.open(new IndexGenerations(index), new NewsSchema(), config)) {
      for (String text : texts) {
        searcher.search(SearchRequest.of(text, 10));
      }
      long[] nanos = new long[texts.size()];
      for (int i = 0; i < texts.size(); i++) {
        long start = System.nanoTime();
        searcher.search(SearchRequest.of(texts.get(i), 10));
        nanos[i] = System.nanoTime() - start;
      }
      String line = ranking.label() + ": " + summary(nanos);
      if (ranking != Ranking.LEXICAL) {
        long[] embed = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
          long start = System.nanoTime();
          SentenceEncoder.shared().embed(texts.get(i));
          embed[i] = System.nanoTime() - start;
        }
        line += "; embedding the query alone: " + summary(embed);
      }
      return line;
    }
  }

  private static String summary(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return String.format(
        Locale.ROOT,
        "%d queries, mean %.2f ms, median %.2f ms, p95 %.2f ms",
        sorted.length,
        mean,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))] / 1e6);
  }
}
