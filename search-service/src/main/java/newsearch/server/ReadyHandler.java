package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.SearchBackend;

/**
 * {@code GET /ready}: 200 with the served generation (or collection) once the index is open and
 * warmed up; 503 {@code warming_up} before, and 503 {@code shutting_down} once the service has
 * begun to stop.
 */
final class ReadyHandler extends JsonHandler {

  private final Readiness readiness;
  private final SearchBackend searcher;

  ReadyHandler(Readiness readiness, SearchBackend searcher) {
    this.readiness = readiness;
    this.searcher = searcher;
  }

  /**
   * @param status always {@code ready}
   * @param generation the served index generation, or the collection served
   * @param documents live articles in it
   */
  record Ready(String status, String generation, long documents) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    return switch (readiness.state()) {
      case WARMING_UP ->
          throw new ApiException(503, "warming_up", "the index is open but not warmed up yet");
      case SHUTTING_DOWN ->
          throw new ApiException(503, "shutting_down", "the service is shutting down");
      case READY -> {
        yield new Ready("ready", searcher.served(), searcher.documents());
      }
    };
  }
}
