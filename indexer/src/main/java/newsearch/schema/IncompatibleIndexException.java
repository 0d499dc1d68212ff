package newsearch.schema;

/** Thrown when an index on disk was written with another schema version than this build's. */
public final class IncompatibleIndexException extends RuntimeException {

  /** Creates the exception with a message that says how to rebuild the index. */
  public IncompatibleIndexException(String message) {
    super(message);
  }
}
