package newsearch.server;

import io.undertow.util.AttachmentKey;

/**
 * The JSON body of every error response: {@code {"error": {"code": ..., "message": ...}}}.
 *
 * @param error what went wrong
 */
record ErrorBody(Detail error) {

  /** The error code of an exchange that was answered with an error body, for the metrics. */
  static final AttachmentKey<String> CODE = AttachmentKey.create(String.class);

  /**
   * @param code stable, machine-readable name of the error
   * @param message what was wrong, for people
   */
  record Detail(String code, String message) {}

  static ErrorBody of(String code, String message) {
    return new ErrorBody(new Detail(code, message));
  }
}
