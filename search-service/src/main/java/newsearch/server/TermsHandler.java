package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.util.List;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.analytics.SignificantTerm;

/**
 * {@code GET /api/terms?q=...&size=20}: the words and two-word phrases significant in the top
 * matches of a search, with its filters.
 */
final class TermsHandler extends JsonHandler {

  /** Terms answered when the request names no {@code size}. */
  static final int DEFAULT_SIZE = 20;

  private final NewsSearcher searcher;

  TermsHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * @param terms the significant terms, best first
   */
  record Terms(List<SignificantTerm> terms) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    var params = exchange.getQueryParameters();
    int size = SearchParameters.whole(params, "size", DEFAULT_SIZE);
    return new Terms(searcher.analytics().terms(SearchParameters.filters(params), size));
  }
}
