package newsearch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.relevance.compare.ComparisonReport;
import newsearch.relevance.engine.ConfiguredSearch;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.RunFile;
import newsearch.relevance.metrics.Evaluation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch compare}: two configurations (or two run files) on the same judged topics, with
 * per-query wins and losses and paired significance tests.
 */
@Command(
    name = "compare",
    description =
        "Compare two configurations or two runs: wins, losses, mean difference, significance.")
final class CompareCommand implements Callable<Integer> {

  @Mixin JudgedTopicsOptions topics;

  @ArgGroup(exclusive = true)
  Sides sides = new Sides();

  /** What to compare: two configurations (the default) or two existing run files. */
  static final class Sides {
    @ArgGroup(exclusive = false)
    Configs configs = new Configs();

    @Option(
        names = "--runs",
        arity = "2",
        paramLabel = "RUN",
        description = "Two TREC run files: baseline, candidate.")
    Path[] runs;
  }

  /** Two configurations; either may be left to the defaults. */
  static final class Configs {
    @Option(
        names = "--baseline",
        paramLabel = "FILE",
        description = "Baseline configuration (default: the defaults).")
    Path baseline;

    @Option(
        names = "--candidate",
        paramLabel = "FILE",
        description = "Candidate configuration (default: the defaults).")
    Path candidate;
  }

  @Mixin MetricOption metric;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the comparison as JSON.")
  Path json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Evaluation baseline;
    Evaluation candidate;
    if (sides.runs != null) {
      var qrels = QrelsFile.read(topics.qrels);
      baseline = Evaluation.of(qrels, RunFile.read(sides.runs[0]));
      candidate = Evaluation.of(qrels, RunFile.read(sides.runs[1]));
    } else {
      ConfiguredSearch search = topics.search();
      baseline = search.evaluate(SearchConfigOption.read(sides.configs.baseline), "baseline");
      candidate = search.evaluate(SearchConfigOption.read(sides.configs.candidate), "candidate");
    }
    ComparisonReport report = ComparisonReport.compare(baseline, candidate, metric.metric());
    spec.commandLine().getOut().print(report.toText());
    spec.commandLine().getOut().flush();
    if (json != null) {
      Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
    }
    return 0;
  }
}
