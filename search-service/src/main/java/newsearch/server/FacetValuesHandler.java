package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.SectionNames;
import newsearch.search.facet.FacetCounts.FacetValue;

/**
 * {@code GET /api/facets/section?prefix=ja&size=10}: searches the section facet's values, for
 * archives with more sections than a sidebar can list.
 */
final class FacetValuesHandler extends JsonHandler {

  static final String PREFIX = "/api/facets/";
  private static final String SECTION = "section";
  private static final int DEFAULT_SIZE = 10;

  private final NewsSearcher searcher;
  private final SectionNames sectionNames;

  FacetValuesHandler(NewsSearcher searcher, SectionNames sectionNames) {
    this.searcher = searcher;
    this.sectionNames = sectionNames;
  }

  /**
   * @param values matching section paths with their display names and article counts, most articles
   *     first
   */
  record Values(List<FacetValue> values) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String facet = PathId.after(PREFIX, exchange);
    if (!SECTION.equals(facet)) {
      throw new ApiException(
          StatusCodes.NOT_FOUND,
          "not_found",
          "no searchable facet named " + facet + "; try section");
    }
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    int size = SearchParameters.whole(params, "size", DEFAULT_SIZE);
    return new Values(
        sectionNames.paths(searcher.findSections(SearchParameters.first(params, "prefix"), size)));
  }
}
