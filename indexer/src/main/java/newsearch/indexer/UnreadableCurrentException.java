package newsearch.indexer;

/**
 * Thrown when an index directory holds generations but its {@code CURRENT} file is missing, empty,
 * unreadable or names no generation. It is never taken to mean that the directory is empty: the
 * message names the newest complete generation and the command that serves it again.
 */
public final class UnreadableCurrentException extends RuntimeException {

  /** Creates the exception; the message says what is wrong and what to run. */
  public UnreadableCurrentException(String message) {
    super(message);
  }
}
