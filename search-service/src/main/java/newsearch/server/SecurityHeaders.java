package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.util.Map;

/**
 * Adds the headers every response carries, errors included. The content security policy lets the
 * page run only its own scripts and styles, so that text from the index, which it renders, could
 * not run script even if a rendering bug let markup through; no page of another site may frame this
 * one. No {@code Server} header is ever sent, so nothing names the software or its version.
 */
record SecurityHeaders(HttpHandler next) implements HttpHandler {
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The headers, by name; also written into answers sent before any handler runs. */
  static final Map<String, String> HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Content-Security-Policy", CONTENT_SECURITY_POLICY);

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HEADERS.forEach(
        (name, value) -> exchange.getResponseHeaders().put(new HttpString(name), value));
    next.handleRequest(exchange);
  }
}
