package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.indexer.IndexGenerations;
import newsearch.search.NewsSearcher;

/**
 * {@code POST /admin/rollback} and {@code POST /admin/refresh}: serve the previous generation
 * again, or pick up new commits and generations now rather than at the next timed refresh.
 */
final class AdminSwapHandler extends JsonHandler {

  private final NewsSearcher searcher;
  private final IndexGenerations index;
  private final boolean rollback;

  AdminSwapHandler(NewsSearcher searcher, IndexGenerations index, boolean rollback) {
    this.searcher = searcher;
    this.index = index;
    this.rollback = rollback;
  }

  /**
   * @param generation the generation served after the call
   */
  record Served(String generation) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    if (rollback) {
      try {
        index.rollback();
      } catch (IllegalStateException e) {
        throw new ApiException(409, "no_previous_generation", e.getMessage());
      }
    }
    searcher.refresh();
    return new Served(searcher.generation());
  }
}
