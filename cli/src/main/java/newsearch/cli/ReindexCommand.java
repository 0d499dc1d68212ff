package newsearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import newsearch.indexer.IndexStore;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.NothingIndexedException;
import newsearch.indexer.ReindexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch reindex --input PATH...}: builds a complete new index generation and publishes
 * it, then prints the report, which {@link IndexStore} has saved next to the index.
 */
@Command(
    name = "reindex",
    description = "Build a complete new index from files and folders (.txt pages, .jsonl).")
final class ReindexCommand implements Callable<Integer> {

  @Mixin InputsOption inputs;

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

  @Option(
      names = "--no-vectors",
      description =
          "Build without the sentence vectors of semantic and hybrid ranking: faster; a later"
              + " reindex without this flag adds them.")
  boolean noVectors;

  @Spec CommandSpec spec;

  @ParentCommand Newsearch parent;

  @Override
  public Integer call() throws Exception {
    IndexerConfig config =
        (threads == null ? IndexerConfig.DEFAULTS : IndexerConfig.DEFAULTS.withThreads(threads))
            .withKeepGenerations(keep)
            .withVectors(!noVectors);
    IndexStore store = new IndexStore(index.generations(), config);
    ReindexReport report;
    try (ProgressDisplay display =
        new ProgressDisplay(spec.commandLine().getErr(), parent.statusLine())) {
      report = store.reindex(inputs.paths, display);
    } catch (NothingIndexedException e) {
      spec.commandLine().getErr().println("newsearch reindex: " + e.getMessage());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.summary());
    out.println("report: " + store.root().resolve(IndexStore.REPORT_FILE));
    ReportLines.print(out, report.rejected(), report.warnings());
    return 0;
  }
}
