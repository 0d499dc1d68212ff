package newsearch.indexer;

/** Thrown when a second writer tries to change an index that another writer is changing. */
public final class IndexBusyException extends RuntimeException {

  /** Creates the exception; the message names the index and what to do. */
  public IndexBusyException(String message) {
    super(message);
  }
}
