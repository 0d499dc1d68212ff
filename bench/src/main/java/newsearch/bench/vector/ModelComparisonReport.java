package newsearch.bench.vector;

import java.util.List;
import java.util.Locale;
import newsearch.bench.report.MarkdownTable;
import newsearch.relevance.compare.ComparisonReport;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;

/**
 * The outcome of a {@link ModelComparison} on one collection, and its Markdown: ranking quality,
 * the paired tests of each model against the first, and size and speed.
 *
 * @param collection the collection
 * @param config the settings it was measured with
 * @param lexical the evaluation of the lexical run the hybrid stand-in fused
 * @param results each model's measurements, in the order measured
 */
public record ModelComparisonReport(
    JudgedCollection collection,
    ModelComparisonConfig config,
    Evaluation lexical,
    List<ModelResult> results) {

  /** The metrics reported, as {@code newsearch eval} reports them. */
  static final List<Metric> METRICS = List.of(Metric.NDCG_AT_10, Metric.MAP, Metric.RECALL_AT_100);

  /** Copies the results. */
  public ModelComparisonReport {
    results = List.copyOf(results);
  }

  /** The paired comparison of nDCG@10 of {@code candidate}'s runs against the first model's. */
  public ComparisonReport compareSemantic(ModelResult candidate) {
    return ComparisonReport.compare(
        results.getFirst().semanticEvaluation(), candidate.semanticEvaluation(), Metric.NDCG_AT_10);
  }

  /** The paired comparison of nDCG@10 of {@code candidate}'s hybrid run against the first's. */
  public ComparisonReport compareHybrid(ModelResult candidate) {
    return ComparisonReport.compare(
        results.getFirst().hybridEvaluation(), candidate.hybridEvaluation(), Metric.NDCG_AT_10);
  }

  /** The report as Markdown, headed by the collection's name. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(collection.name()).append("\n\n");
    out.append(
        format(
            "%,d articles embedded (%,d copies of an earlier text skipped, %,d lines rejected),"
                + " %,d judged topics; runs to depth %,d; hybrid stand-in: reciprocal rank fusion"
                + " (k = %d) of the lexical run and the model's exact-cosine run.\n\n",
            collection.articles().size(),
            collection.duplicates(),
            collection.rejected(),
            collection.topics().size(),
            config.depth(),
            config.rrfK()));
    out.append(quality()).append('\n');
    if (results.size() > 1) {
      out.append(significance()).append('\n');
    }
    out.append(speed());
    return out.toString();
  }

  private String quality() {
    MarkdownTable table =
        new MarkdownTable("ranking", "model", "nDCG@10", "MAP", "R@100").numbersFrom(2);
    table.row(metrics("lexical (`" + lexical.runTag() + "`)", "–", lexical));
    for (ModelResult result : results) {
      table.row(
          metrics("semantic, exact cosine", result.model().label(), result.semanticEvaluation()));
    }
    for (ModelResult result : results) {
      table.row(
          metrics("hybrid stand-in (RRF)", result.model().label(), result.hybridEvaluation()));
    }
    return table.toString();
  }

  private static String[] metrics(String ranking, String model, Evaluation evaluation) {
    String[] cells = new String[2 + METRICS.size()];
    cells[0] = ranking;
    cells[1] = model;
    for (int i = 0; i < METRICS.size(); i++) {
      cells[2 + i] = format("%.4f", evaluation.mean(METRICS.get(i)));
    }
    return cells;
  }

  private String significance() {
    ModelResult first = results.getFirst();
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            "nDCG@10 against %s, paired (%,d randomisation samples, seed %d):\n\n",
            first.model().label(),
            ComparisonReport.DEFAULT_SAMPLES,
            ComparisonReport.DEFAULT_SEED));
    MarkdownTable table =
        new MarkdownTable("ranking", "model", "difference", "wins / losses / ties", "p")
            .numbersFrom(2);
    for (ModelResult result : results.subList(1, results.size())) {
      table.row(paired("semantic", result, compareSemantic(result)));
      table.row(paired("hybrid stand-in", result, compareHybrid(result)));
    }
    return out.append(table).toString();
  }

  private static String[] paired(String ranking, ModelResult result, ComparisonReport report) {
    double p = report.randomization().pValue();
    return new String[] {
      ranking,
      result.model().label(),
      format("%+.4f", report.meanDifference()),
      report.wins() + " / " + report.losses() + " / " + report.ties(),
      p < 1e-3 ? format("%.2e", p) : format("%.4f", p)
    };
  }

  private String speed() {
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            "Speed: articles embedded a second, after a warm-up of %d texts, over up to %d texts;"
                + " load is the model's construction (the first model of the process also starts"
                + " ONNX Runtime):\n\n",
            config.warmUpTexts(), config.speedTexts()));
    MarkdownTable table =
        new MarkdownTable(
                "model",
                "jar",
                "load",
                "1 thread",
                config.threads() + " threads",
                "whole collection, " + config.threads() + " threads")
            .numbersFrom(1);
    for (ModelResult result : results) {
      table.row(
          result.model().label(),
          format("%.1f MB", result.jarBytes() / 1e6),
          format("%.2f s", result.loadSeconds()),
          format("%.1f /s", result.perSecondOneThread()),
          format("%.1f /s", result.perSecondPool()),
          format(
              "%.1f s (%.1f /s)",
              result.collectionSeconds(),
              collection.articles().size() / result.collectionSeconds()));
    }
    return out.append(table).toString();
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
