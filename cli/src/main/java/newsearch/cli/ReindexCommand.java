package newsearch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.NothingIndexedException;
import newsearch.indexer.ReindexJob;
import newsearch.indexer.ReindexProgress;
import newsearch.indexer.ReindexReport;
import newsearch.schema.Json;
import newsearch.schema.NewsSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch reindex --input PATH...}: builds a complete new index generation and publishes
 * it, then prints and saves a report.
 */
@Command(
    name = "reindex",
    description = "Build a complete new index from files and folders (.txt pages, .jsonl).")
final class ReindexCommand implements Callable<Integer> {

  /** Name of the report written next to the index. */
  static final String REPORT_FILE = "reindex-report.json";

  @Option(
      names = "--input",
      arity = "1..*",
      required = true,
      paramLabel = "PATH",
      description = "Files or folders to read.")
  List<Path> inputs;

  @Mixin IndexOption index;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--keep",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Published generations to keep for rollback, the new one included (default: ${DEFAULT-VALUE}).")
  int keep;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexerConfig config =
        (threads == null ? IndexerConfig.DEFAULTS : IndexerConfig.DEFAULTS.withThreads(threads))
            .withKeepGenerations(keep);
    ReindexReport report;
    try {
      ProgressDisplay display =
          new ProgressDisplay(spec.commandLine().getErr(), System.console() != null);
      report = reindex(inputs, index.generations(), config, display);
    } catch (NothingIndexedException e) {
      spec.commandLine().getErr().println("newsearch reindex: " + e.getMessage());
      return 1;
    }
    out.println(summary(report));
    report.rejected().forEach(r -> out.println("  rejected " + r));
    report.warnings().forEach(w -> out.println("  warning " + w));
    out.flush();
    return 0;
  }

  /** Runs the job and saves its report next to the index; shared with {@code serve}. */
  static ReindexReport reindex(
      List<Path> inputs,
      IndexGenerations index,
      IndexerConfig config,
      Consumer<ReindexProgress> progress)
      throws java.io.IOException {
    ReindexReport report = new ReindexJob(new NewsSchema(), config, progress).run(inputs, index);
    Files.writeString(
        index.root().resolve(REPORT_FILE),
        Json.PRETTY.toJson(report) + "\n",
        StandardCharsets.UTF_8);
    return report;
  }

  static String summary(ReindexReport r) {
    return String.format(
        Locale.ROOT,
        "indexed %,d articles from %,d files into %s in %.1f s (%,.0f articles/s, %.1f MB/s);"
            + " %,d duplicates skipped, %,d rejected%s",
        r.articlesIndexed(),
        r.filesRead(),
        r.generation(),
        r.seconds(),
        r.articlesPerSecond(),
        r.megabytesPerSecond(),
        r.duplicatesSkipped(),
        r.rejected().size(),
        byReason(r.rejectedByReason()));
  }

  /** {@code " (not_json 2, duplicate_id 5)"}, or nothing when every article was indexed. */
  private static String byReason(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    StringJoiner joined = new StringJoiner(", ", " (", ")");
    counts.forEach((label, n) -> joined.add(String.format(Locale.ROOT, "%s %,d", label, n)));
    return joined.toString();
  }
}
