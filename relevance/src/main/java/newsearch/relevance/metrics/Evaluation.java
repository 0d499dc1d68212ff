package newsearch.relevance.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;

/**
 * Every {@link Metric} of a run, for each judged query and averaged over them, computed as {@code
 * trec_eval -c} computes them (see the package documentation for the rules). Immutable.
 */
public final class Evaluation {

  private static final Metric[] METRICS = Metric.values();

  private final String runTag;
  private final Map<String, double[]> byQuery;
  private final double[] means;

  private Evaluation(String runTag, Map<String, double[]> byQuery) {
    this.runTag = runTag;
    this.byQuery = Collections.unmodifiableMap(byQuery);
    this.means = new double[METRICS.length];
    for (double[] values : byQuery.values()) {
      for (int m = 0; m < means.length; m++) {
        means[m] += values[m];
      }
    }
    for (int m = 0; m < means.length; m++) {
      means[m] /= byQuery.size();
    }
  }

  /**
   * Evaluates {@code run} on every query of {@code qrels}.
   *
   * @throws IllegalArgumentException if {@code qrels} has no queries
   */
  public static Evaluation of(Qrels qrels, Run run) {
    if (qrels.judgments().isEmpty()) {
      throw new IllegalArgumentException("the judgments have no queries");
    }
    Map<String, double[]> byQuery = new LinkedHashMap<>();
    for (String qid : qrels.queryIds()) {
      JudgedRanking judged =
          run.ranking(qid).isEmpty()
              ? JudgedRanking.NOTHING_RETRIEVED
              : JudgedRanking.of(qrels.grades(qid), run.ranking(qid));
      double[] values = new double[METRICS.length];
      for (Metric metric : METRICS) {
        values[metric.ordinal()] = judged.score(metric);
      }
      byQuery.put(qid, values);
    }
    return new Evaluation(run.tag(), byQuery);
  }

  /** The tag of the run evaluated. */
  public String runTag() {
    return runTag;
  }

  /** The queries averaged over, in the judgments' order; trec_eval's {@code num_q} is its size. */
  public List<String> queryIds() {
    return List.copyOf(byQuery.keySet());
  }

  /**
   * The value of {@code metric} for one query.
   *
   * @throws IllegalArgumentException if the query was not judged
   */
  public double value(String qid, Metric metric) {
    double[] values = byQuery.get(qid);
    if (values == null) {
      throw new IllegalArgumentException("query " + qid + " is not among the judged queries");
    }
    return values[metric.ordinal()];
  }

  /** The value of {@code metric} for each query, in the judgments' order. */
  public Map<String, Double> values(Metric metric) {
    Map<String, Double> values = new LinkedHashMap<>();
    byQuery.forEach((qid, all) -> values.put(qid, all[metric.ordinal()]));
    return values;
  }

  /** The mean of {@code metric} over all judged queries. */
  public double mean(Metric metric) {
    return means[metric.ordinal()];
  }

  /** The mean of every metric, in {@link Metric} order. */
  public Map<Metric, Double> means() {
    Map<Metric, Double> all = new EnumMap<>(Metric.class);
    for (Metric metric : METRICS) {
      all.put(metric, means[metric.ordinal()]);
    }
    return all;
  }

  /**
   * Formats the evaluation one value a line, name first, values to 4 decimals: with {@code
   * perQuery}, first {@code name qid value} for each query and metric, then {@code num_q} and the
   * means as {@code name value}.
   */
  public String format(boolean perQuery) {
    StringBuilder out = new StringBuilder();
    if (perQuery) {
      byQuery.forEach(
          (qid, values) -> {
            for (Metric metric : METRICS) {
              out.append(
                  String.format(
                      Locale.ROOT, "%s %s %.4f\n", metric, qid, values[metric.ordinal()]));
            }
          });
    }
    out.append(String.format(Locale.ROOT, "num_q %d\n", byQuery.size()));
    for (Metric metric : METRICS) {
      out.append(String.format(Locale.ROOT, "%s %.4f\n", metric, means[metric.ordinal()]));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Evaluation of " + runTag + " on " + byQuery.size() + " queries";
  }
}
