package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.SearchBackend;
import newsearch.search.SearchParameters;
import newsearch.search.SearchResponse;
import newsearch.search.SectionNames;

/**
 * {@code GET /api/search}: the query parameters become a search, the response its JSON, with
 * section values labelled by their display names.
 */
final class SearchHandler extends JsonHandler {

  private final SearchBackend searcher;
  private final SectionNames sectionNames;
  private final ServiceMetrics metrics;

  SearchHandler(SearchBackend searcher, SectionNames sectionNames, ServiceMetrics metrics) {
    this.searcher = searcher;
    this.sectionNames = sectionNames;
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
    return sectionNames.label(response);
  }
}
