package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import newsearch.search.NewsSearcher;

/** {@code GET /api/articles/{id}}: the stored article, or 404 for an unknown id. */
final class ArticleHandler extends JsonHandler {

  /** The route's fixed part; the rest of the path is the id. */
  static final String PREFIX = "/api/articles/";

  private final NewsSearcher searcher;

  ArticleHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = PathId.after(PREFIX, exchange);
    return searcher
        .article(id)
        .orElseThrow(
            () -> new ApiException(StatusCodes.NOT_FOUND, "not_found", "no article with id " + id));
  }
}
