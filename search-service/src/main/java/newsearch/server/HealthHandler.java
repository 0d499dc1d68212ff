package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;

/**
 * {@code GET /health}: the process is alive and serving. Always 200 while it answers at all; it
 * reads nothing from the index and answers on the IO thread, so it answers even while every worker
 * is busy. Whether the index can be searched is {@code /ready}'s question.
 */
final class HealthHandler implements HttpHandler {

  /**
   * @param status always {@code ok}
   */
  record Health(String status) {}

  private static final Health OK = new Health("ok");

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    JsonHandler.send(exchange, StatusCodes.OK, OK);
  }
}
