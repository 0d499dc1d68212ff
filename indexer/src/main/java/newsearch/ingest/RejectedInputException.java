package newsearch.ingest;

import java.nio.file.Path;

/**
 * Thrown by a parser when its input cannot become an article, with the kind of problem; the message
 * is the detail.
 */
public final class RejectedInputException extends Exception {

  private final Rejection.Reason reason;

  /** Creates the exception; {@code detail} is shown to the user as it is. */
  public RejectedInputException(Rejection.Reason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  /** The kind of problem. */
  public Rejection.Reason reason() {
    return reason;
  }

  /** The rejection of the input at {@code line} of {@code file}. */
  Rejection at(Path file, long line) {
    return new Rejection(file, line, reason, getMessage());
  }
}
