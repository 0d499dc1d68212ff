package newsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of {@code eval} and {@code tune}: the search configuration. */
final class SearchConfigOption {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Search configuration to evaluate, or whose knobs to vary (default: the defaults).")
  Path file;

  /** The configuration in the file given, or the defaults when none is. */
  SearchConfig read() throws IOException {
    return read(file);
  }

  /** The configuration in {@code file}, or the defaults when it is null. */
  static SearchConfig read(Path file) throws IOException {
    return file == null ? SearchConfig.DEFAULTS : SearchConfigFile.read(file);
  }
}
