package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access to the API for the origins configured, and for no other.
 *
 * <p>With no origins configured it does nothing: browsers then keep pages of other sites from
 * reading the API's answers. With origins, a listed origin's preflight is answered here (the API is
 * read-only, so only {@code GET} is allowed), and its requests carry {@code
 * Access-Control-Allow-Origin} naming that origin; an unlisted origin's preflight is refused with a
 * 403 and its requests get no such header. Answers vary by {@code Origin}, so caches keep them
 * apart. Thread-safe.
 */
final class CorsPolicy implements HttpHandler {

  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");

  /** How long a browser may reuse a preflight answer: ten minutes. */
  private static final String PREFLIGHT_SECONDS = "600";

  private final Set<String> origins;
  private final HttpHandler next;

  CorsPolicy(List<String> origins, HttpHandler next) {
    this.origins = Set.copyOf(origins);
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (origins.isEmpty()) {
      next.handleRequest(exchange);
      return;
    }
    exchange.getResponseHeaders().add(Headers.VARY, "Origin");
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    boolean allowed = origin != null && origins.contains(origin);
    boolean preflight =
        exchange.getRequestMethod().equals(Methods.OPTIONS)
            && exchange.getRequestHeaders().contains(REQUEST_METHOD);
    if (preflight && !allowed) {
      JsonHandler.send(
          exchange,
          StatusCodes.FORBIDDEN,
          ErrorBody.of("origin_not_allowed", "this origin may not call the API from a browser"));
      return;
    }
    if (allowed) {
      exchange.getResponseHeaders().put(ALLOW_ORIGIN, origin);
    }
    if (preflight) {
      exchange.getResponseHeaders().put(ALLOW_METHODS, "GET");
      exchange.getResponseHeaders().put(ALLOW_HEADERS, "Content-Type");
      exchange.getResponseHeaders().put(MAX_AGE, PREFLIGHT_SECONDS);
      exchange.setStatusCode(StatusCodes.NO_CONTENT);
      exchange.endExchange();
      return;
    }
    next.handleRequest(exchange);
  }
}
