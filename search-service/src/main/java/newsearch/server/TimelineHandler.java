package newsearch.server;

import io.undertow.server.HttpServerExchange;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.analytics.Interval;

/**
 * {@code GET /api/timeline?q=...&interval=month}: the matches of a search, with its filters, per
 * day, week, month or year.
 */
final class TimelineHandler extends JsonHandler {

  private final NewsSearcher searcher;

  TimelineHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    var params = exchange.getQueryParameters();
    return searcher
        .analytics()
        .timeline(
            SearchParameters.filters(params),
            Interval.parse(SearchParameters.first(params, "interval")));
  }
}
