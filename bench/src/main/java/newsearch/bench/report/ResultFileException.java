package newsearch.bench.report;

/**
 * A result file that cannot be read as the suite writes it, such as a truncated JSON line from a
 * step that was killed; the message names the file and where in it the reading failed.
 */
public final class ResultFileException extends RuntimeException {

  ResultFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
