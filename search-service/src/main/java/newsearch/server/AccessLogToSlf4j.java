package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.accesslog.AccessLogHandler;
import io.undertow.server.handlers.accesslog.AccessLogReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per request to the SLF4J logger {@code newsearch.access}, such as {@code
 * method=GET path=/api/search status=200 bytes=2154 ms=4}.
 *
 * <p>The path is the one the client sent, still percent-encoded, without the query string: the
 * query holds what people search for, which is theirs, and may hold a cursor or worse. Headers are
 * never logged, so neither is the admin token. Any control character left in the line is written as
 * {@code \\uXXXX}, so a request cannot forge a log line. A request too malformed to be parsed is
 * logged too ({@link #logUnparsed}). Thread-safe.
 */
final class AccessLogToSlf4j implements AccessLogReceiver {

  private static final Logger log = LoggerFactory.getLogger("newsearch.access");

  /** Undertow's access-log pattern: method, path, status, bytes sent, milliseconds taken. */
  static final String FORMAT = "method=%m path=%U status=%s bytes=%B ms=%D";

  private AccessLogToSlf4j() {}

  /**
   * {@code next}, with each request logged when it completes. The listener must record request
   * start times for the {@code ms} field.
   */
  static HttpHandler around(HttpHandler next) {
    return new AccessLogHandler(
        next, new AccessLogToSlf4j(), FORMAT, AccessLogToSlf4j.class.getClassLoader());
  }

  /**
   * Logs the answer to a request that could not be parsed, whose method and path are therefore
   * unknown: {@code method=- path=- status=400 bytes=161 ms=0}.
   */
  static void logUnparsed(long bytes) {
    log.info("method=- path=- status=400 bytes={} ms=0", bytes);
  }

  @Override
  public void logMessage(String message) {
    if (log.isInfoEnabled()) {
      log.info(withoutControls(message));
    }
  }

  static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }
}
