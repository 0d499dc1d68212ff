package newsearch.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --input PATH...} option of the commands that read articles into an index. */
final class InputsOption {

  @Option(
      names = "--input",
      arity = "1..*",
      required = true,
      paramLabel = "PATH",
      description = "Files or folders to read.")
  List<Path> paths;
}
