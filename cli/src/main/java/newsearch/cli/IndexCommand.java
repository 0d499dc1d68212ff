package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.LiveIndexUpdater;
import newsearch.indexer.UpdateReport;
import newsearch.schema.NewsSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsearch index --input PATH...}: adds or replaces articles in the served index. */
@Command(
    name = "index",
    description =
        "Add or replace articles (by id) in the served index; a running service shows them within a second.")
final class IndexCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      arity = "1..*",
      required = true,
      paramLabel = "PATH",
      description = "Files or folders to read.")
  List<Path> inputs;

  @Mixin IndexOption index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    UpdateReport report =
        new LiveIndexUpdater(new NewsSchema(), IndexerConfig.DEFAULTS)
            .index(inputs, index.generations());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: %d added, %d replaced, %d rejected%n",
        report.generation(), report.added(), report.replaced(), report.rejected().size());
    report.rejected().forEach(r -> out.println("  rejected " + r));
    report.warnings().forEach(w -> out.println("  warning " + w));
    out.flush();
    return report.added() + report.replaced() > 0 || report.rejected().isEmpty() ? 0 : 1;
  }
}
