package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;

/**
 * {@code GET /api/trending?days=7&size=20}: the terms rising in the archive's newest days against
 * the days before.
 */
final class TrendingHandler extends JsonHandler {

  /** The period compared when the request names no {@code days}: a week. */
  static final int DEFAULT_DAYS = 7;

  private final NewsSearcher searcher;

  TrendingHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    var params = exchange.getQueryParameters();
    return searcher
        .analytics()
        .trending(
            SearchParameters.whole(params, "days", DEFAULT_DAYS),
            SearchParameters.whole(params, "size", TermsHandler.DEFAULT_SIZE));
  }
}
