package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.IndexStore;
import newsearch.schema.IncompatibleIndexException;
import newsearch.search.NewsSearcher;

/**
 * {@code POST /admin/rollback} and {@code POST /admin/refresh}: serve the previous generation
 * again, or pick up new commits and generations now rather than at the next timed refresh. Both
 * answer 409 with a JSON error when the generation they would switch to cannot be served.
 */
final class AdminSwapHandler extends JsonHandler {

  private final NewsSearcher searcher;
  private final IndexStore store;
  private final boolean rollback;

  AdminSwapHandler(NewsSearcher searcher, IndexStore store, boolean rollback) {
    this.searcher = searcher;
    this.store = store;
    this.rollback = rollback;
  }

  /**
   * @param generation the generation served after the call
   */
  record Served(String generation) {}

  /**
   * Rolls back when asked, then refreshes. A rollback checks the previous generation first and
   * refuses a corrupt one with nothing changed; a refresh that finds a published generation it
   * cannot serve answers the error ({@code generation_corrupt}) while the old one stays served.
   */
  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    if (rollback) {
      try {
        store.rollback();
      } catch (IllegalStateException e) {
        throw new ApiException(409, "no_previous_generation", e.getMessage());
      } catch (CorruptGenerationException e) {
        throw new ApiException(409, "previous_generation_corrupt", e.getMessage());
      } catch (IncompatibleIndexException e) {
        throw new ApiException(409, "previous_generation_incompatible", e.getMessage());
      }
    }
    searcher.refresh();
    return new Served(searcher.generation());
  }
}
