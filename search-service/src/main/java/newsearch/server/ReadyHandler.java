package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.IndexStatus;
import newsearch.search.NewsSearcher;

/**
 * {@code GET /ready}: 200 with the served generation once the index is open and warmed up; 503
 * {@code warming_up} before, and 503 {@code shutting_down} once the service has begun to stop.
 */
final class ReadyHandler extends JsonHandler {

  private final Readiness readiness;
  private final NewsSearcher searcher;

  ReadyHandler(Readiness readiness, NewsSearcher searcher) {
    this.readiness = readiness;
    this.searcher = searcher;
  }

  /**
   * @param status always {@code ready}
   * @param generation the served index generation
   * @param documents live articles in it
   */
  record Ready(String status, String generation, int documents) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    return switch (readiness.state()) {
      case WARMING_UP ->
          throw new ApiException(503, "warming_up", "the index is open but not warmed up yet");
      case SHUTTING_DOWN ->
          throw new ApiException(503, "shutting_down", "the service is shutting down");
      case READY -> {
        IndexStatus status = searcher.status();
        yield new Ready("ready", status.generation(), status.documents());
      }
    };
  }
}
