package newsearch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs {@code newsearch} subcommands in the test's own JVM and keeps what they print.
 *
 * <p>The output of every run is appended to the same buffers, so a test that runs several commands
 * reads what all of them printed. Not thread-safe; one per test instance.
 */
final class InProcessCommand {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code newsearch args...} and returns its exit status. */
  int run(String... args) {
    CommandLine cli = Newsearch.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Everything printed on standard output so far. */
  String out() {
    return out.toString();
  }

  /** Everything printed on error output so far. */
  String err() {
    return err.toString();
  }

  /**
   * Indexes the bundled sample into {@code index}, failing with the command's errors if it fails.
   */
  static void indexTheSample(Path index) {
    InProcessCommand cli = new InProcessCommand();
    int status =
        cli.run(
            "reindex",
            "--no-vectors",
            "--input",
            ChildCommand.sampleArticles().toString(),
            "--index",
            index.toString());
    if (status != 0) {
      throw new IllegalStateException("reindex of the sample exited " + status + ": " + cli.err());
    }
  }
}
