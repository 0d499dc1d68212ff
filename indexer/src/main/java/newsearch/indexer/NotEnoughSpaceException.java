package newsearch.indexer;

/**
 * Thrown before a reindex writes anything when the index's file system has less usable space than
 * the new generation is expected to need. The message says how much it needs and how much is free.
 */
public final class NotEnoughSpaceException extends RuntimeException {

  /** Creates the exception with a message giving both sizes. */
  public NotEnoughSpaceException(String message) {
    super(message);
  }
}
