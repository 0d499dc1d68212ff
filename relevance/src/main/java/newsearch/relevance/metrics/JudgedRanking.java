package newsearch.relevance.metrics;

import java.util.List;
import java.util.Map;
import newsearch.relevance.ScoredDoc;

/** One query's ranking seen through its judgments: what every metric needs and nothing else. */
final class JudgedRanking {

  /** What a query the run has no results for scores everywhere. */
  static final JudgedRanking NOTHING_RETRIEVED = new JudgedRanking(new int[0], new int[0], 0);

  /** The grade of each retrieved document, best first; 0 for unjudged ones. */
  private final int[] grades;

  /** The positive grades of all judged documents, highest first: the ideal ranking's gains. */
  private final int[] idealGains;

  private final int relevantCount;

  private JudgedRanking(int[] grades, int[] idealGains, int relevantCount) {
    this.grades = grades;
    this.idealGains = idealGains;
    this.relevantCount = relevantCount;
  }

  /**
   * Judges {@code ranking}, which must already be in trec_eval order.
   *
   * @param judgments the query's grades by document id
   */
  static JudgedRanking of(Map<String, Integer> judgments, List<ScoredDoc> ranking) {
    int[] grades = new int[ranking.size()];
    for (int i = 0; i < grades.length; i++) {
      grades[i] = judgments.getOrDefault(ranking.get(i).docId(), 0);
    }
    int[] positive =
        judgments.values().stream()
            .mapToInt(Integer::intValue)
            .filter(g -> g > 0)
            .sorted()
            .toArray();
    int[] ideal = new int[positive.length];
    for (int i = 0; i < ideal.length; i++) {
      ideal[i] = positive[positive.length - 1 - i];
    }
    return new JudgedRanking(grades, ideal, positive.length);
  }

  double score(Metric metric) {
    return switch (metric) {
      case NDCG_AT_10 -> ndcg(10);
      case NDCG -> ndcg(Integer.MAX_VALUE);
      case MAP -> averagePrecision();
      case MRR -> reciprocalRank();
      case P_AT_10 -> precision(10);
      case RECALL_AT_100 -> recall(100);
      case RECALL_AT_1000 -> recall(1000);
    };
  }

  private double ndcg(int depth) {
    double ideal = discountedGain(idealGains, depth);
    // trec_eval leaves nDCG at 0 for a query with nothing to gain.
    return ideal > 0 ? discountedGain(grades, depth) / ideal : 0;
  }

  private static double discountedGain(int[] gains, int depth) {
    double sum = 0;
    int end = Math.min(depth, gains.length);
    for (int i = 0; i < end; i++) {
      if (gains[i] > 0) {
        sum += gains[i] / log2(i + 2);
      }
    }
    return sum;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  private double averagePrecision() {
    if (relevantCount == 0) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int i = 0; i < grades.length; i++) {
      if (grades[i] > 0) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevantCount;
  }

  private double reciprocalRank() {
    for (int i = 0; i < grades.length; i++) {
      if (grades[i] > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private double precision(int depth) {
    // Divided by the depth, not by what was retrieved: a short ranking is not rewarded.
    return (double) relevantIn(depth) / depth;
  }

  private double recall(int depth) {
    return relevantCount == 0 ? 0 : (double) relevantIn(depth) / relevantCount;
  }

  private int relevantIn(int depth) {
    int end = Math.min(depth, grades.length);
    int count = 0;
    for (int i = 0; i < end; i++) {
      if (grades[i] > 0) {
        count++;
      }
    }
    return count;
  }
}
