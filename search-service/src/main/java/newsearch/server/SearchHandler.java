package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;

/** {@code GET /api/search}: the query parameters become a search, the response its JSON. */
final class SearchHandler extends JsonHandler {

  private final NewsSearcher searcher;

  SearchHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    return searcher.search(SearchParameters.parse(exchange.getQueryParameters()));
  }
}
