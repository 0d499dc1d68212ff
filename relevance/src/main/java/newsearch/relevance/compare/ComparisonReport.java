package newsearch.relevance.compare;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;

/**
 * How a candidate run compares with a baseline on one metric, query by query.
 *
 * @param metric the metric compared
 * @param baseline the baseline run's tag
 * @param candidate the candidate run's tag
 * @param queries the number of queries compared: every judged query
 * @param wins queries where the candidate scores higher
 * @param losses queries where the candidate scores lower
 * @param ties queries where the two score the same (within {@value #TIE_TOLERANCE})
 * @param baselineMean the baseline's mean
 * @param candidateMean the candidate's mean
 * @param meanDifference candidate mean less baseline mean
 * @param randomization the paired randomisation test
 * @param tTest the paired t-test, or null where it is undefined (see {@link PairedTTest#of})
 * @param perQuery each query's values, in the judgments' order
 */
public record ComparisonReport(
    Metric metric,
    String baseline,
    String candidate,
    int queries,
    int wins,
    int losses,
    int ties,
    double baselineMean,
    double candidateMean,
    double meanDifference,
    PairedRandomizationTest randomization,
    PairedTTest tTest,
    List<QueryDelta> perQuery) {

  /** Values this close count as a tie: metric values are sums of many terms and may round apart. */
  public static final double TIE_TOLERANCE = 1e-9;

  /** The randomisation samples used unless asked otherwise. */
  public static final int DEFAULT_SAMPLES = 10_000;

  /** The randomisation seed used unless asked otherwise. */
  public static final long DEFAULT_SEED = 42L;

  /** Copies the per-query list. */
  public ComparisonReport {
    perQuery = List.copyOf(perQuery);
  }

  /** Compares with {@value #DEFAULT_SAMPLES} randomisation samples and the default seed. */
  public static ComparisonReport compare(Evaluation baseline, Evaluation candidate, Metric metric) {
    return compare(baseline, candidate, metric, DEFAULT_SAMPLES, DEFAULT_SEED);
  }

  /**
   * Compares {@code candidate} with {@code baseline} on {@code metric}.
   *
   * @throws IllegalArgumentException if the two were evaluated on different queries
   */
  public static ComparisonReport compare(
      Evaluation baseline, Evaluation candidate, Metric metric, int samples, long seed) {
    Map<String, Double> before = baseline.values(metric);
    Map<String, Double> after = candidate.values(metric);
    if (!new HashSet<>(before.keySet()).equals(new HashSet<>(after.keySet()))) {
      throw new IllegalArgumentException(
          "runs "
              + baseline.runTag()
              + " and "
              + candidate.runTag()
              + " were evaluated on different queries");
    }
    List<QueryDelta> deltas = new ArrayList<>();
    double[] differences = new double[before.size()];
    int wins = 0;
    int losses = 0;
    for (Map.Entry<String, Double> query : before.entrySet()) {
      double was = query.getValue();
      double is = after.get(query.getKey());
      double difference = is - was;
      differences[deltas.size()] = difference;
      deltas.add(new QueryDelta(query.getKey(), was, is, difference));
      if (difference > TIE_TOLERANCE) {
        wins++;
      } else if (difference < -TIE_TOLERANCE) {
        losses++;
      }
    }
    double baselineMean = baseline.mean(metric);
    double candidateMean = candidate.mean(metric);
    return new ComparisonReport(
        metric,
        baseline.runTag(),
        candidate.runTag(),
        deltas.size(),
        wins,
        losses,
        deltas.size() - wins - losses,
        baselineMean,
        candidateMean,
        candidateMean - baselineMean,
        PairedRandomizationTest.of(differences, samples, seed),
        PairedTTest.of(differences).orElse(null),
        deltas);
  }

  /** A summary for people, one fact a line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %s (candidate) vs %s (baseline) over %d queries\n",
            metric,
            candidate,
            baseline,
            queries));
    out.append(String.format(Locale.ROOT, "baseline mean %.4f\n", baselineMean));
    out.append(String.format(Locale.ROOT, "candidate mean %.4f\n", candidateMean));
    out.append(String.format(Locale.ROOT, "difference %+.4f\n", meanDifference));
    out.append(String.format(Locale.ROOT, "wins %d, losses %d, ties %d\n", wins, losses, ties));
    out.append(
        String.format(
            Locale.ROOT,
            "randomisation test p = %s (two-sided, %d samples, seed %d)\n",
            pValue(randomization.pValue()),
            randomization.samples(),
            randomization.seed()));
    if (tTest == null) {
      out.append("paired t-test undefined (fewer than two queries, or no variance)\n");
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "paired t-test t = %.4f, df = %d, p = %s (two-sided)\n",
              tTest.t(),
              tTest.degreesOfFreedom(),
              pValue(tTest.pValue())));
    }
    return out.toString();
  }

  /**
   * Four decimals would print a decisive p as 0.0000; below 0.0001 it is given in scientific form.
   */
  private static String pValue(double p) {
    return String.format(Locale.ROOT, p < 1e-4 ? "%.2e" : "%.4f", p);
  }

  /** The whole report as pretty-printed JSON; the metric appears under its report name. */
  public String toJson() {
    return new GsonBuilder()
        .registerTypeAdapter(
            Metric.class,
            (JsonSerializer<Metric>)
                (metric, type, context) -> new JsonPrimitive(metric.reportName()))
        .serializeNulls()
        .setPrettyPrinting()
        .create()
        .toJson(this);
  }
}
