package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.util.List;
import newsearch.indexer.IndexStore;
import newsearch.search.NewsSearcher;

/** {@code DELETE /admin/articles/{id}}: removes one article, then refreshes the searcher. */
final class AdminDeleteHandler extends JsonHandler {

  static final String PREFIX = "/admin/articles/";

  private final NewsSearcher searcher;
  private final IndexStore store;

  AdminDeleteHandler(NewsSearcher searcher, IndexStore store) {
    this.searcher = searcher;
    this.store = store;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = PathId.after(PREFIX, exchange);
    // Refreshed first too: a published generation this service refuses to serve is not written to.
    searcher.refresh();
    var report = store.delete(List.of(id));
    searcher.refresh();
    if (report.deleted() == 0) {
      throw new ApiException(404, "not_found", "no article with id " + id);
    }
    return report;
  }
}
