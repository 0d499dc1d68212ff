package newsearch.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsearch.relevance.precision.AllWordsPrecision;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch precision}: how many of the top hits of short queries hold every query word, by
 * relevance and newest first, through the same search as {@code GET /api/search}.
 */
@Command(
    name = "precision",
    description =
        "For each query (one a line), how many of the top 10 hits hold every word, by relevance"
            + " and newest first.")
final class PrecisionCommand implements Callable<Integer> {

  private static final int DEPTH = 10;
  private static final int AT_LEAST = 9;

  @Mixin IndexOption index;

  @Mixin SearchConfigOption config;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      defaultValue = "${env:NEWSEARCH_HOME:-.}/relevance/two-word-queries.txt",
      description = "Queries, one a line (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    List<String> lines =
        Files.readAllLines(queries, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    NewsSchema schema = new NewsSchema();
    try (NewsSearcher searcher = NewsSearcher.open(index.generations(), schema, config.read())) {
      var precision = new AllWordsPrecision(searcher, schema, DEPTH);
      PrintWriter out = spec.commandLine().getOut();
      out.print(AllWordsPrecision.format(precision.measureAll(lines), AT_LEAST));
      out.flush();
    }
    return 0;
  }
}
