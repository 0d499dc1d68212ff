package newsearch.server;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.util.StatusCodes;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.LiveIndexUpdater;
import newsearch.search.NewsSearcher;

/**
 * The routes that change the index, all behind the admin token:
 *
 * <ul>
 *   <li>{@code POST /admin/articles}: add or replace the JSON Lines articles of the body;
 *   <li>{@code DELETE /admin/articles/{id}}: remove one article;
 *   <li>{@code POST /admin/rollback}: serve the previous generation again;
 *   <li>{@code POST /admin/refresh}: pick up new commits and generations now.
 * </ul>
 *
 * <p>They write under the same {@link newsearch.indexer.IndexLock} as the command line, so the
 * service and a command never write at once: the second gets a 409.
 */
public final class AdminRoutes {

  private final AdminConfig config;
  private final HttpHandler handler;

  /** Admin routes over {@code searcher}'s index at {@code index}, written by {@code updater}. */
  public AdminRoutes(
      NewsSearcher searcher, IndexGenerations index, LiveIndexUpdater updater, AdminConfig config) {
    this.config = config;
    HttpHandler routes =
        Handlers.routing()
            .post(
                "/admin/articles",
                new AdminIndexHandler(searcher, index, updater, config.maxBodyBytes()))
            .delete(
                AdminDeleteHandler.PREFIX + "{id}",
                new AdminDeleteHandler(searcher, index, updater))
            .post("/admin/rollback", new AdminSwapHandler(searcher, index, true))
            .post("/admin/refresh", new AdminSwapHandler(searcher, index, false))
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
    this.handler = config.enabled() ? new BearerTokenCheck(config.token(), routes) : null;
  }

  AdminConfig config() {
    return config;
  }

  /** The root handler, or null when admin is disabled. */
  HttpHandler handler() {
    return handler;
  }
}
