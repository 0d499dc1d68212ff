package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import java.util.Locale;

/**
 * Gives a JSON error body to an error answer that would otherwise end without one: the 503 of a
 * request that arrives while the server drains for shutdown, the 503 of a request no worker would
 * take, the 500 of a handler that threw past its own error handling. The answers of the service's
 * own handlers already have their body, and are left alone.
 */
record BodilessErrors(HttpHandler next) implements HttpHandler {

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.addDefaultResponseListener(BodilessErrors::answer);
    next.handleRequest(exchange);
  }

  private static boolean answer(HttpServerExchange exchange) {
    int status = exchange.getStatusCode();
    if (status < 400 || exchange.isResponseStarted()) {
      return false;
    }
    JsonHandler.send(
        exchange,
        status,
        switch (status) {
          case StatusCodes.SERVICE_UNAVAILABLE ->
              ErrorBody.of(
                  "unavailable",
                  "the service cannot take this request now (it may be shutting down);"
                      + " retry in a second");
          case StatusCodes.INTERNAL_SERVER_ERROR ->
              ErrorBody.of("internal_error", "the server could not answer this request");
          default ->
              ErrorBody.of(
                  StatusCodes.getReason(status).toLowerCase(Locale.ROOT).replace(' ', '_'),
                  "the server answered " + status + " " + StatusCodes.getReason(status));
        });
    return true;
  }
}
