package newsearch.indexer;

/** Thrown when a reindex job found no article it could index; the served index is kept. */
public final class NothingIndexedException extends RuntimeException {

  /** Creates the exception; the message says what was read and the first rejection. */
  public NothingIndexedException(String message) {
    super(message);
  }
}
