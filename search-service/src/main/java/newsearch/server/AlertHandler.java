package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;
import io.undertow.util.PathTemplateMatch;
import io.undertow.util.StatusCodes;
import java.util.Map;
import java.util.regex.Pattern;
import newsearch.search.alert.SavedSearches;

/**
 * {@code GET /api/alerts/{id}}: one saved search; {@code DELETE /api/alerts/{id}}: removes it with
 * its matches and delivery log. Both on the admin listener. An unknown id is a 404.
 */
final class AlertHandler extends JsonHandler {

  static final String PREFIX = "/api/alerts/";

  /** Ids are 32 lower-case hex digits; anything else is no saved search's. */
  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  private final SavedSearches alerts;

  AlertHandler(SavedSearches alerts) {
    this.alerts = alerts;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = id(exchange);
    if (exchange.getRequestMethod().equals(Methods.DELETE)) {
      if (!alerts.delete(id)) {
        throw notFound(id);
      }
      return Map.of("deleted", id);
    }
    return alerts.get(id).orElseThrow(() -> notFound(id));
  }

  /** The {@code {id}} of the route; a malformed one is answered as unknown. */
  static String id(HttpServerExchange exchange) {
    PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    String id = match == null ? null : match.getParameters().get("id");
    if (id == null || !ID.matcher(id).matches()) {
      throw notFound(id == null ? "" : id);
    }
    return id;
  }

  static ApiException notFound(String id) {
    return new ApiException(StatusCodes.NOT_FOUND, "not_found", "no saved search with id " + id);
  }
}
