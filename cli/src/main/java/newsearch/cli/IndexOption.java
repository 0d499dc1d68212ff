package newsearch.cli;

import java.nio.file.Path;
import newsearch.indexer.IndexGenerations;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by every command that reads or writes an index. */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "${env:NEWSEARCH_HOME:-.}/index-data/index",
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  IndexGenerations generations() {
    return new IndexGenerations(dir);
  }
}
