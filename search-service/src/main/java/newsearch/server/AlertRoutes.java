package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Methods;
import newsearch.search.alert.SavedSearches;

/**
 * The routes of saved searches: on the admin listener, behind its token, {@code POST} and {@code
 * GET /api/alerts}, {@code GET} and {@code DELETE /api/alerts/{id}}, {@code GET
 * /api/alerts/{id}/deliveries}; on the public listener, {@code GET /api/alerts/{id}/feed.atom},
 * whose unguessable id is its key.
 */
final class AlertRoutes {

  private AlertRoutes() {}

  /** Adds the admin routes over {@code alerts}; bodies are read within {@code config}'s limits. */
  static void admin(RoutingHandler routes, SavedSearches alerts, AdminConfig config) {
    HttpHandler all = new AlertsHandler(alerts);
    HttpHandler one = new AlertHandler(alerts);
    routes
        .post(
            AlertsHandler.ROUTE,
            new BufferedBody(config.maxBodyBytes(), config.bodyTimeoutMillis(), all))
        .get(AlertsHandler.ROUTE, all)
        .get(AlertHandler.PREFIX + "{id}", one)
        .delete(AlertHandler.PREFIX + "{id}", one)
        .get(
            AlertHandler.PREFIX + "{id}" + AlertDeliveriesHandler.SUFFIX,
            new AlertDeliveriesHandler(alerts));
  }

  /** Adds the public feed route over {@code alerts}, admitted by {@code admission}. */
  static void feeds(RoutingHandler routes, SavedSearches alerts, SearchAdmission admission) {
    String feed = AlertHandler.PREFIX + "{id}" + AlertFeedHandler.SUFFIX;
    HttpHandler handler = admission.guard(new AlertFeedHandler(alerts));
    routes.get(feed, handler).add(Methods.HEAD, feed, handler);
  }
}
