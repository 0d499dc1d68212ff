package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.NewsSearcher;

/** {@code GET /health}: 200 with the served generation and its size while the index is open. */
final class HealthHandler extends JsonHandler {

  private final NewsSearcher searcher;

  HealthHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * @param status always {@code ok}
   * @param generation the served index generation
   * @param documents live articles in it
   */
  record Health(String status, String generation, int documents) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    return new Health("ok", searcher.generation(), searcher.documentCount());
  }
}
