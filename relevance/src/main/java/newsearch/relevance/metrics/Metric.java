package newsearch.relevance.metrics;

import java.util.Locale;

/**
 * The metrics an {@link Evaluation} computes, each named as reports name it and as trec_eval does.
 */
public enum Metric {
  /** nDCG of the top 10 against the ideal top 10; trec_eval's {@code ndcg_cut.10}. */
  NDCG_AT_10("ndcg@10", "ndcg_cut_10"),
  /** nDCG of the whole ranking against the ideal ranking of every relevant document. */
  NDCG("ndcg", "ndcg"),
  /** Mean average precision. */
  MAP("map", "map"),
  /** Mean reciprocal rank of the first relevant document; trec_eval's {@code recip_rank}. */
  MRR("mrr", "recip_rank"),
  /** Precision of the top 10, counting missing results as non-relevant; {@code P.10}. */
  P_AT_10("p@10", "P_10"),
  /** Share of the relevant documents found in the top 100; {@code recall.100}. */
  RECALL_AT_100("recall@100", "recall_100"),
  /** Share of the relevant documents found in the top 1000; {@code recall.1000}. */
  RECALL_AT_1000("recall@1000", "recall_1000");

  private final String reportName;
  private final String trecEvalName;

  Metric(String reportName, String trecEvalName) {
    this.reportName = reportName;
    this.trecEvalName = trecEvalName;
  }

  /** The name reports use, such as {@code ndcg@10}. */
  public String reportName() {
    return reportName;
  }

  /** The name trec_eval prints, such as {@code ndcg_cut_10}. */
  public String trecEvalName() {
    return trecEvalName;
  }

  /**
   * Finds a metric by its report name or its trec_eval name, ignoring case.
   *
   * @throws IllegalArgumentException listing the known names if none matches
   */
  public static Metric parse(String name) {
    for (Metric metric : values()) {
      if (metric.reportName.equalsIgnoreCase(name) || metric.trecEvalName.equalsIgnoreCase(name)) {
        return metric;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Metric metric : values()) {
      known.append(known.isEmpty() ? "" : ", ").append(metric.reportName);
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "unknown metric '%s'; known: %s", name, known));
  }

  @Override
  public String toString() {
    return reportName;
  }
}
