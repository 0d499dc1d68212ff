package newsearch.ingest;

/** Thrown by a parser when its input cannot become an article; the message is the reason. */
public final class RejectedInputException extends Exception {

  /** Creates the exception; {@code reason} is shown to the user as it is. */
  public RejectedInputException(String reason) {
    super(reason);
  }
}
