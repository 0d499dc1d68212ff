package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}. The comparison takes the
 * same time whatever the token sent, so it cannot be guessed byte by byte; the token is never
 * logged.
 */
final class BearerTokenCheck implements HttpHandler {

  private final byte[] expected;
  private final HttpHandler next;

  BearerTokenCheck(String token, HttpHandler next) {
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String sent = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    byte[] given = sent == null ? new byte[0] : sent.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
      JsonHandler.send(
          exchange,
          StatusCodes.UNAUTHORIZED,
          ErrorBody.of("unauthorized", "admin routes need 'Authorization: Bearer <token>'"));
      return;
    }
    next.handleRequest(exchange);
  }
}
