package newsearch.cli;

import newsearch.relevance.metrics.Metric;
import picocli.CommandLine.Option;

/**
 * The {@code --metric NAME} option of {@code compare} and {@code tune}: the metric that decides.
 */
final class MetricOption {

  @Option(
      names = "--metric",
      defaultValue = "ndcg@10",
      description = "Metric to compare on, or to maximise (default: ${DEFAULT-VALUE}).")
  String name;

  /** The metric named. */
  Metric metric() {
    return Metric.parse(name);
  }
}
