package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import newsearch.search.SearchBackend;
import newsearch.search.SearchParameters;
import newsearch.search.suggest.Suggestion;

/** {@code GET /api/suggest?q=pea&size=8}: completions of what the user has typed so far. */
final class SuggestHandler extends JsonHandler {

  private final SearchBackend searcher;

  SuggestHandler(SearchBackend searcher) {
    this.searcher = searcher;
  }

  /**
   * @param suggestions completions, best first; empty for an empty {@code q}
   */
  record Suggestions(List<Suggestion> suggestions) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    int size = SearchParameters.whole(params, "size", SearchParameters.DEFAULT_SUGGESTIONS);
    return new Suggestions(searcher.suggest(SearchParameters.first(params, "q"), size));
  }
}
