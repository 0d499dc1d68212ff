package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import java.util.Deque;

/**
 * Refuses a request with more query parameters than the limit: a 400 {@code too_many_parameters}
 * that names the limit and the count. Undertow's parser is given a far higher limit, which the
 * header size reaches first, so that the answer is this one rather than its empty 400.
 */
record QueryParameterLimit(int max, HttpHandler next) implements HttpHandler {

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    int count = 0;
    for (Deque<String> values : exchange.getQueryParameters().values()) {
      count += values.size();
    }
    if (count > max) {
      JsonHandler.send(
          exchange,
          StatusCodes.BAD_REQUEST,
          ErrorBody.of(
              "too_many_parameters",
              "a request may carry at most " + max + " query parameters, got " + count));
      return;
    }
    next.handleRequest(exchange);
  }
}
