package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} measures what the service serves: in-process over the index, and with {@code --url}
 * over a running service on the same index and configuration, it prints the same metrics, also when
 * freshness changes the ranking.
 */
class EvalOverHttpIT {

  private static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");

  /** A metric line of {@code eval}, such as {@code map 0.5000}. */
  private static final Pattern METRIC = Pattern.compile("(?m)^\\S+ \\d+\\.\\d{4}$");

  @TempDir Path dir;

  @Test
  void evalInProcessAndOverHttpAgreeWithFreshnessOn() throws Exception {
    Path config = dir.resolve("fresh.json");
    // The sample's articles are years old: a long half-life keeps their freshness apart.
    Files.writeString(
        config,
        "{\"recency_weight\": 2.0, \"recency_half_life_days\": 700}",
        StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    Path output = dir.resolve("serve.log");
    Process serve =
        ChildCommand.builder(ChildCommand.serveArgs(index, "--config", config.toString()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      String port = ChildCommand.awaitOutput(serve, output, SERVING, output).group(1);
      List<String> inProcess = metrics(judgedEval(index, "--config", config.toString()));
      List<String> overHttp = metrics(judgedEval(index, "--url", "http://127.0.0.1:" + port));
      assertTrue(inProcess.size() >= 6, inProcess.toString());
      assertEquals(inProcess, overHttp);
    } finally {
      ChildCommand.stop(serve);
    }
  }

  private static String judgedEval(Path index, String... more) {
    Path judgments = ChildCommand.sampleArticles().resolveSibling("judgments");
    InProcessCommand eval = new InProcessCommand();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "eval",
                "--queries",
                judgments.resolve("queries.tsv").toString(),
                "--qrels",
                judgments.resolve("qrels.txt").toString(),
                "--index",
                index.toString()));
    args.addAll(List.of(more));
    assertEquals(0, eval.run(args.toArray(String[]::new)), eval.err());
    return eval.out();
  }

  private static List<String> metrics(String printed) {
    return METRIC.matcher(printed).results().map(m -> m.group()).toList();
  }
}
