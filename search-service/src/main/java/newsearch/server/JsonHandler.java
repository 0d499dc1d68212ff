package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.IndexBusyException;
import newsearch.indexer.UnreadableCurrentException;
import newsearch.schema.Json;
import newsearch.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the API handlers: runs the handler off the IO thread (searches block), writes its result
 * as JSON, and maps every failure to a JSON error: a bad request to 400, a known HTTP error to its
 * status, an index in a state that refuses the request (busy, a corrupt generation, an unreadable
 * {@code CURRENT}) to 409, anything else to a 500 that is logged with its stack but shows no
 * internals.
 */
abstract class JsonHandler implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(JsonHandler.class);

  /**
   * Answers the request; the returned object is written as the JSON body with status 200, or sends
   * itself when it is a {@link RawAnswer} (a feed), while errors still become JSON.
   */
  protected abstract Object answer(HttpServerExchange exchange) throws Exception;

  @Override
  public final void handleRequest(HttpServerExchange exchange) {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    try {
      Object answer = answer(exchange);
      if (answer instanceof RawAnswer raw) {
        SearchAdmission.returnPermit(exchange);
        raw.send(exchange);
      } else {
        send(exchange, StatusCodes.OK, answer);
      }
    } catch (InvalidRequestException e) {
      send(exchange, StatusCodes.BAD_REQUEST, ErrorBody.of(e.code(), e.getMessage()));
    } catch (IndexBusyException e) {
      send(exchange, StatusCodes.CONFLICT, ErrorBody.of("index_busy", e.getMessage()));
    } catch (CorruptGenerationException e) {
      send(exchange, StatusCodes.CONFLICT, ErrorBody.of("generation_corrupt", e.getMessage()));
    } catch (UnreadableCurrentException e) {
      send(exchange, StatusCodes.CONFLICT, ErrorBody.of("current_unreadable", e.getMessage()));
    } catch (ApiException e) {
      send(exchange, e.status(), ErrorBody.of(e.code(), e.getMessage()));
    } catch (RequestTooBigException e) {
      send(
          exchange,
          StatusCodes.REQUEST_ENTITY_TOO_LARGE,
          ErrorBody.of(
              "too_large",
              "the request body may be at most " + exchange.getMaxEntitySize() + " bytes"));
    } catch (Exception e) {
      log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      send(
          exchange,
          StatusCodes.INTERNAL_SERVER_ERROR,
          ErrorBody.of("internal_error", "the server could not answer this request"));
    }
  }

  /**
   * Writes {@code body} as JSON with {@code status}; an error body's code is noted for metrics. The
   * answer is complete, so an admission permit the exchange holds is returned first.
   */
  static void send(HttpServerExchange exchange, int status, Object body) {
    SearchAdmission.returnPermit(exchange);
    if (body instanceof ErrorBody error) {
      exchange.putAttachment(ErrorBody.CODE, error.error().code());
    }
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseSender().send(Json.GSON.toJson(body));
  }
}
