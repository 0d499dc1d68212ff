package newsearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.IndexBusyException;
import newsearch.indexer.NotEnoughSpaceException;
import newsearch.indexer.UnreadableCurrentException;
import newsearch.schema.IncompatibleIndexException;
import newsearch.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one plain sentence on standard error and a non-zero exit status.
 * Expected failures (a missing file, an old, corrupt or unreadable index, a full disk, a bad
 * setting) show no stack trace; unexpected ones are logged with it.
 */
final class FailureReporter implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(FailureReporter.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    String name = cli.getCommandName();
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message =
        switch (cause) {
          case NoSuchFileException n -> "no such file: " + n.getFile();
          case AccessDeniedException a -> "permission denied: " + a.getFile();
          case FileSystemException f -> f.getFile() + ": " + f.getReason();
          case IncompatibleIndexException i -> i.getMessage();
          case IndexBusyException b -> b.getMessage();
          case UnreadableCurrentException u -> u.getMessage();
          case CorruptGenerationException c -> c.getMessage();
          case NotEnoughSpaceException n -> n.getMessage();
          case InvalidRequestException i -> i.getMessage();
          case IllegalStateException i -> i.getMessage();
          case IllegalArgumentException i -> i.getMessage();
          case IOException io -> io.getMessage();
          default -> null;
        };
    if (message == null) {
      log.error("{} failed", name, e);
      message = "unexpected error: " + e;
    }
    cli.getErr().println("newsearch " + name + ": " + message);
    return 1;
  }
}
