package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import newsearch.search.SearchConfig;

/**
 * {@code GET /api/config}: the sizes and limits of the served configuration that the search page
 * needs, so that it pages as the service does instead of keeping copies. The answer is fixed for
 * the life of the server, so it is built once and sent from the IO thread, behind no admission.
 */
final class ConfigHandler implements HttpHandler {

  /**
   * @param pageSize results per page of a search that names no {@code size}
   * @param maxPageSize the largest {@code size} a search may ask for
   * @param maxDepth the deepest result ({@code page × size}) reachable by page number
   * @param relatedCount related articles listed for an article when the request names no {@code
   *     size}
   * @param maxSuggestions the most completions a suggest request may ask for
   * @param facetValues values a search lists per facet level, and the most a search of the section
   *     values may ask for: a list this long may have been cut
   */
  record PageSettings(
      int pageSize,
      int maxPageSize,
      int maxDepth,
      int relatedCount,
      int maxSuggestions,
      int facetValues) {

    static PageSettings of(SearchConfig config) {
      return new PageSettings(
          config.page().pageSize(),
          config.limits().maxPageSize(),
          config.limits().maxDepth(),
          config.page().relatedCount(),
          config.suggestions().maxSuggestions(),
          config.page().facetValues());
    }
  }

  private final PageSettings settings;

  ConfigHandler(SearchConfig config) {
    this.settings = PageSettings.of(config);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    JsonHandler.send(exchange, StatusCodes.OK, settings);
  }
}
