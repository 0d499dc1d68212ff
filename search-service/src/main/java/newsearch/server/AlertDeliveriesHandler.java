package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.util.Map;
import newsearch.search.SearchParameters;
import newsearch.search.alert.SavedSearches;

/**
 * {@code GET /api/alerts/{id}/deliveries}: the newest calls of a saved search's webhook, newest
 * first ({@code size}, default {@link #DEFAULT_SIZE}, at most {@link #MAX_SIZE}), and whether it is
 * failing. On the admin listener.
 */
final class AlertDeliveriesHandler extends JsonHandler {

  static final String SUFFIX = "/deliveries";

  /** Calls listed when the request does not say. */
  static final int DEFAULT_SIZE = 50;

  /** The most calls one request lists. */
  static final int MAX_SIZE = 1_000;

  private final SavedSearches alerts;

  AlertDeliveriesHandler(SavedSearches alerts) {
    this.alerts = alerts;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = AlertHandler.id(exchange);
    int size = SearchParameters.whole(exchange.getQueryParameters(), "size", DEFAULT_SIZE);
    if (size < 1 || size > MAX_SIZE) {
      throw new ApiException(
          400, "invalid_size", "size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    var search = alerts.get(id).orElseThrow(() -> AlertHandler.notFound(id));
    return Map.of(
        "id",
        id,
        "failing",
        search.failing(),
        "deliveries",
        alerts.deliveries(id, size).orElseThrow(() -> AlertHandler.notFound(id)));
  }
}
