package newsearch.server;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import newsearch.indexer.IndexStore;
import newsearch.search.NewsSearcher;
import newsearch.search.analytics.ExportConfig;

/**
 * The admin listener's routes, all behind the admin token:
 *
 * <ul>
 *   <li>{@code POST /admin/articles}: add or replace the JSON Lines articles of the body;
 *   <li>{@code DELETE /admin/articles/{id}}: remove one article;
 *   <li>{@code POST /admin/rollback}: serve the previous generation again;
 *   <li>{@code POST /admin/refresh}: pick up new commits and generations now;
 *   <li>{@code GET /api/export}: every match of a query as CSV or JSON Lines ({@link
 *       ExportHandler}), here since it reads the whole archive;
 *   <li>{@code GET /metrics}: the service's metrics for Prometheus, which sends the token as a
 *       bearer credential.
 * </ul>
 *
 * <p>Metrics live here rather than on the public port because the service faces the internet, and
 * its metrics tell an outsider what it serves, how loaded it is and which requests are slow; a
 * deployment whose public port is private can serve them there too ({@link
 * ServerConfig#publicMetrics}).
 *
 * <p>The routes that write do so through the same {@link IndexStore} as the command line, under its
 * lock, so the service and a command never write at once: the second gets a 409. A body is received
 * in full, within {@link AdminConfig#bodyTimeoutMillis}, before a worker takes the request on
 * ({@link BufferedBody}): clients that send slowly hold no worker, and metrics and refresh still
 * answer while they send.
 */
public final class AdminRoutes {

  private final AdminConfig config;
  private final NewsSearcher searcher;
  private final IndexStore store;
  private final ExportConfig export;

  /** Admin routes over {@code searcher}'s index, written through {@code store}. */
  public AdminRoutes(NewsSearcher searcher, IndexStore store, AdminConfig config) {
    this(searcher, store, config, ExportConfig.DEFAULTS);
  }

  /** Admin routes as above, whose exports keep within {@code export}. */
  public AdminRoutes(
      NewsSearcher searcher, IndexStore store, AdminConfig config, ExportConfig export) {
    this.config = config;
    this.searcher = searcher;
    this.store = store;
    this.export = export;
  }

  AdminConfig config() {
    return config;
  }

  /** The root handler, serving {@code metrics} at {@code /metrics}; null when admin is disabled. */
  HttpHandler handler(HttpHandler metrics) {
    if (!config.enabled()) {
      return null;
    }
    HttpHandler routes =
        Handlers.routing()
            .post(
                "/admin/articles",
                new BufferedBody(
                    config.maxBodyBytes(),
                    config.bodyTimeoutMillis(),
                    new AdminIndexHandler(searcher, store)))
            .delete(AdminDeleteHandler.PREFIX + "{id}", new AdminDeleteHandler(searcher, store))
            .post("/admin/rollback", new AdminSwapHandler(searcher, store, true))
            .post("/admin/refresh", new AdminSwapHandler(searcher, store, false))
            .get("/api/export", new ExportHandler(searcher, export))
            .get("/metrics", metrics)
            .add(Methods.HEAD, "/metrics", metrics)
            .setInvalidMethodHandler(
                exchange ->
                    JsonHandler.send(
                        exchange,
                        StatusCodes.METHOD_NOT_ALLOWED,
                        ErrorBody.of("method_not_allowed", "method not allowed here")))
            .setFallbackHandler(
                exchange ->
                    JsonHandler.send(
                        exchange,
                        StatusCodes.NOT_FOUND,
                        ErrorBody.of("not_found", "no such admin route")));
    return new BearerTokenCheck(config.token(), routes);
  }
}
