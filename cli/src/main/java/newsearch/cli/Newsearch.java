package newsearch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code newsearch} entry point: dispatches to the subcommands.
 *
 * <p>What every subcommand shares is set here once, so that a subcommand added to the list below
 * has it without a line of its own: {@code --help}, {@code -h} and {@code --version} (inherited
 * from this command), the reporting of failures as one sentence and exit status 1 ({@link
 * FailureReporter}), and on a terminal the {@link StatusLine} that keeps log lines out of a
 * progress bar. The bare command prints its usage on standard error and exits with 1, as {@code
 * git} does: nothing was done, which a script should notice.
 */
@Command(
    name = "newsearch",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    version = "newsearch 0.1.0",
    description = "Full-text search for news archives.",
    subcommands = {
      ParseCommand.class,
      ExtractionReportCommand.class,
      ReindexCommand.class,
      IndexCommand.class,
      DeleteCommand.class,
      RollbackCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      CompareCommand.class,
      TuneCommand.class,
      SolrCommand.class,
      PrecisionCommand.class,
      KnownItemsCommand.class,
      RelatedEvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Newsearch implements Callable<Integer> {

  /** The exit status of the bare command, which does nothing but print its usage. */
  static final int NO_COMMAND = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The error output's status line on a terminal, or null when the error output is no terminal. */
  private final StatusLine statusLine;

  private Newsearch(StatusLine statusLine) {
    this.statusLine = statusLine;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // Lucene and the JDK log through java.util.logging; one format for every line.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    StatusLine statusLine = null;
    if (System.console() != null) {
      statusLine = new StatusLine(new FileOutputStream(FileDescriptor.err));
      System.setErr(new PrintStream(statusLine, true, StandardCharsets.UTF_8));
    }
    System.exit(commandLine(statusLine).execute(args));
  }

  /** The configured command line without a terminal, for tests that run subcommands in-process. */
  static CommandLine commandLine() {
    return commandLine(null);
  }

  private static CommandLine commandLine(StatusLine statusLine) {
    CommandLine cli = new CommandLine(new Newsearch(statusLine));
    cli.setExecutionExceptionHandler(new FailureReporter());
    return cli;
  }

  /** The terminal's status line for a progress bar, or null when there is no terminal. */
  StatusLine statusLine() {
    return statusLine;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return NO_COMMAND;
  }
}
