package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.SearchResponse;

/** {@code GET /api/search}: the query parameters become a search, the response its JSON. */
final class SearchHandler extends JsonHandler {

  private final NewsSearcher searcher;
  private final ServiceMetrics metrics;

  SearchHandler(NewsSearcher searcher, ServiceMetrics metrics) {
    this.searcher = searcher;
    this.metrics = metrics;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    SearchResponse response =
        searcher.search(
            SearchParameters.parse(
                exchange.getQueryParameters(), searcher.config().page().pageSize()));
    if (response.partial()) {
      metrics.partialSearch();
    }
    return response;
  }
}
