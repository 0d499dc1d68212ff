package newsearch.indexer;

/**
 * Thrown when a generation cannot be served: it has no commit, a file of its commit is missing,
 * truncated or fails its checksum, or it holds another number of articles than it should. Nothing
 * was switched or deleted because of it.
 */
public final class CorruptGenerationException extends RuntimeException {

  private final String generation;

  /** Creates the exception; the message names the generation, the bad file and what is wrong. */
  public CorruptGenerationException(String message, String generation, Throwable cause) {
    super(message, cause);
    this.generation = generation;
  }

  /** The generation's directory name, such as {@code gen-000003}. */
  public String generation() {
    return generation;
  }
}
