package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import newsearch.relevance.engine.ConfiguredSearch;
import newsearch.relevance.tuning.KnobRange;
import newsearch.relevance.tuning.TrialPlan;
import newsearch.relevance.tuning.Tuner;
import newsearch.relevance.tuning.TuningReport;
import newsearch.relevance.tuning.TuningResult;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch tune}: a grid or random search over ranking knobs, written up as Markdown and
 * HTML, with the best configuration saved as a file {@code serve --config} accepts.
 */
@Command(
    name = "tune",
    description = "Search the ranking knobs (grid or random) and report the best configuration.")
final class TuneCommand implements Callable<Integer> {

  /** The configuration file written next to the report. */
  static final String BEST_CONFIG = "best-config.json";

  @Mixin JudgedTopicsOptions topics;

  @Mixin SearchConfigOption config;

  @Option(
      names = "--grid",
      paramLabel = "KNOB=V1,V2,...",
      description = "Values to try for a knob, such as title_boost=1,2,3; repeat for a grid.")
  Map<String, String> grid;

  @Option(
      names = "--range",
      paramLabel = "KNOB=MIN:MAX",
      description = "Range to sample a knob from, for --random.")
  Map<String, String> ranges;

  @Option(
      names = "--random",
      paramLabel = "N",
      description = "Random search with N trials over --range.")
  Integer random;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the random search (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin MetricOption metric;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "tuning",
      description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchConfig base = config.read();
    List<Map<String, Double>> plan = plan();
    ConfiguredSearch search = topics.search();
    TuningResult result =
        new Tuner(
                knobs -> search.evaluate(ConfiguredSearch.withKnobs(base, knobs), "trial"),
                metric.metric())
            .tune(plan);
    Files.createDirectories(out);
    TuningReport.write(result, out);
    SearchConfigFile.write(
        ConfiguredSearch.withKnobs(base, result.best().knobs()), out.resolve(BEST_CONFIG));
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "best %s %.4f with %s after %d trials%nreport: %s%nconfiguration: %s%n",
        metric.name,
        result.best().evaluation().mean(metric.metric()),
        result.best().knobs(),
        plan.size(),
        out.resolve(TuningReport.MARKDOWN_FILE),
        out.resolve(BEST_CONFIG));
    o.flush();
    return 0;
  }

  private List<Map<String, Double>> plan() {
    if (random != null) {
      if (ranges == null || ranges.isEmpty()) {
        throw new IllegalArgumentException("--random needs at least one --range KNOB=MIN:MAX");
      }
      Map<String, KnobRange> knobs = new TreeMap<>();
      ranges.forEach(
          (knob, range) -> {
            String[] bounds = range.split(":", 2);
            if (bounds.length != 2) {
              throw new IllegalArgumentException(
                  "--range " + knob + " must be MIN:MAX, got " + range);
            }
            knobs.put(knob, new KnobRange(number(knob, bounds[0]), number(knob, bounds[1])));
          });
      return TrialPlan.random(knobs, random, seed);
    }
    if (grid == null || grid.isEmpty()) {
      throw new IllegalArgumentException("give --grid KNOB=V1,V2,... or --random N with --range");
    }
    Map<String, List<Double>> values = new TreeMap<>();
    grid.forEach(
        (knob, list) ->
            values.put(knob, Arrays.stream(list.split(",")).map(v -> number(knob, v)).toList()));
    return TrialPlan.grid(values);
  }

  private static double number(String knob, String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(knob + " takes numbers, got '" + value + "'");
    }
  }
}
