package newsearch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsearch} entry point: dispatches to the subcommands. */
@Command(
    name = "newsearch",
    mixinStandardHelpOptions = true,
    version = "newsearch 0.1.0",
    description = "Full-text search for news archives.",
    subcommands = {
      ParseCommand.class,
      ReindexCommand.class,
      IndexCommand.class,
      DeleteCommand.class,
      RollbackCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      CompareCommand.class,
      TuneCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Newsearch implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests that run subcommands in-process. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Newsearch());
    cli.setExecutionExceptionHandler(new FailureReporter());
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
