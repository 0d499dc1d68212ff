package newsearch.relevance.knownitem;

import java.util.List;
import java.util.Locale;

/**
 * How well one kind of known-item query found its articles.
 *
 * @param queries how many queries were asked
 * @param successAt10 the share of them whose article was among the first ten hits
 * @param mrr the mean of 1/rank of the article among the first ten hits, 0 when it was not there
 */
public record KnownItemScores(int queries, double successAt10, double mrr) {

  /** The scores of the 1-based ranks of {@code ranks}, 0 for an article not in the first ten. */
  public static KnownItemScores of(List<Integer> ranks) {
    int found = 0;
    double reciprocal = 0;
    for (int rank : ranks) {
      if (rank > 0 && rank <= KnownItemBenchmark.DEPTH) {
        found++;
        reciprocal += 1.0 / rank;
      }
    }
    int n = ranks.size();
    return new KnownItemScores(n, n == 0 ? 0 : (double) found / n, n == 0 ? 0 : reciprocal / n);
  }

  /** One row of the benchmark's table: label, queries, success@10 and MRR to three places. */
  public String row(String label) {
    return String.format(Locale.ROOT, "%-9s %7d %10.3f %6.3f", label, queries, successAt10, mrr);
  }
}
