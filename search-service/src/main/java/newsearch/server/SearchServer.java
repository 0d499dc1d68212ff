package newsearch.server;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.io.Closeable;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsearch.search.NewsSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service over a {@link NewsSearcher}: the JSON API, health, and the search page.
 *
 * <p>It refreshes the searcher on a timer so that new commits and generations show up without a
 * restart. Closing it drains requests in flight, then stops; it does not close the searcher, which
 * its creator owns.
 */
public final class SearchServer implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(SearchServer.class);
  private static final long DRAIN_MILLIS = 10_000;

  private final Undertow undertow;
  private final GracefulShutdownHandler shutdown;
  private final ScheduledExecutorService refresher;

  private SearchServer(
      Undertow undertow, GracefulShutdownHandler shutdown, ScheduledExecutorService refresher) {
    this.undertow = undertow;
    this.shutdown = shutdown;
    this.refresher = refresher;
  }

  /** Starts the service; it is listening when this returns. */
  public static SearchServer start(NewsSearcher searcher, ServerConfig config) {
    GracefulShutdownHandler shutdown = new GracefulShutdownHandler(routes(searcher));
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(config.port(), config.host())
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 1L << 20)
            .setHandler(new SecurityHeaders(shutdown))
            .build();
    undertow.start();
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(
        () -> refresh(searcher),
        config.refreshMillis(),
        config.refreshMillis(),
        TimeUnit.MILLISECONDS);
    return new SearchServer(undertow, shutdown, refresher);
  }

  private static HttpHandler routes(NewsSearcher searcher) {
    HttpHandler articles =
        new ArticleRoutes(new ArticleHandler(searcher), new RelatedHandler(searcher));
    ResourceHandler page =
        Handlers.resource(new ClassPathResourceManager(SearchServer.class.getClassLoader(), "web"))
            .setWelcomeFiles("index.html")
            .setDirectoryListingEnabled(false);
    RoutingHandler routes =
        Handlers.routing()
            .get("/api/search", new SearchHandler(searcher))
            .get("/api/suggest", new SuggestHandler(searcher))
            .get(ArticleHandler.PREFIX + "{id}", articles)
            .get(ArticleHandler.PREFIX + "{id}" + RelatedHandler.SUFFIX, articles)
            .get("/health", new HealthHandler(searcher))
            .get("/api/*", apiError(StatusCodes.NOT_FOUND, "not_found", "no such API route"))
            .get("/*", page)
            .setInvalidMethodHandler(
                apiError(
                    StatusCodes.METHOD_NOT_ALLOWED,
                    "method_not_allowed",
                    "method not allowed here"));
    routes.setFallbackHandler(apiError(StatusCodes.NOT_FOUND, "not_found", "no such route"));
    return routes;
  }

  private static HttpHandler apiError(int status, String code, String message) {
    return exchange -> JsonHandler.send(exchange, status, ErrorBody.of(code, message));
  }

  private static void refresh(NewsSearcher searcher) {
    try {
      searcher.refresh();
    } catch (Exception e) {
      log.warn("index refresh failed; still serving the previous view", e);
    }
  }

  /** The port the service listens on. */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    shutdown.shutdown();
    try {
      shutdown.awaitShutdown(DRAIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    undertow.stop();
  }

  /**
   * Sends {@code /api/articles/{id}/related} to the related-articles handler and {@code
   * /api/articles/{id}} to the article handler, deciding on the raw path. The router cannot: it
   * decodes an id's {@code %3F} to {@code ?} and takes that for the start of a query string, so
   * {@code /api/articles/https%3A%2F%2Fx.example%2Fa%3Fp%3D1/related} matches its template {@code
   * {id}} rather than {@code {id}/related}.
   */
  private record ArticleRoutes(HttpHandler article, HttpHandler related) implements HttpHandler {
    @Override
    public void handleRequest(io.undertow.server.HttpServerExchange exchange) throws Exception {
      boolean isRelated = ArticleHandler.afterPrefix(exchange).endsWith(RelatedHandler.SUFFIX);
      (isRelated ? related : article).handleRequest(exchange);
    }
  }

  /** Adds the headers every response carries. */
  private record SecurityHeaders(HttpHandler next) implements HttpHandler {
    @Override
    public void handleRequest(io.undertow.server.HttpServerExchange exchange) throws Exception {
      exchange.getResponseHeaders().put(new HttpString("X-Content-Type-Options"), "nosniff");
      exchange.getResponseHeaders().put(new HttpString("Referrer-Policy"), "no-referrer");
      next.handleRequest(exchange);
    }
  }
}
