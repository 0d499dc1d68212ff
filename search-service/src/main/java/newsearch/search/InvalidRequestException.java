package newsearch.search;

/**
 * A search request that cannot be answered as asked. The message says what was wrong in words the
 * user can act on; the code is a stable, machine-readable name such as {@code invalid_page}.
 */
public final class InvalidRequestException extends RuntimeException {

  private final String code;

  /** Creates the exception with a stable code and a message naming the bad value. */
  public InvalidRequestException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The stable error code. */
  public String code() {
    return code;
  }
}
