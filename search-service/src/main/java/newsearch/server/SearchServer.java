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

  /** The search page's entry document in the classpath folder {@code web/}. */
  private static final String PAGE_ENTRY = "index.html";

  /** The page's article view: {@code /article/{id}}, rendered in the browser. */
  private static final String ARTICLE_VIEW = "/article/*";

  private final Undertow undertow;
  private final Undertow admin;
  private final GracefulShutdownHandler shutdown;
  private final ScheduledExecutorService refresher;

  private SearchServer(
      Undertow undertow,
      Undertow admin,
      GracefulShutdownHandler shutdown,
      ScheduledExecutorService refresher) {
    this.undertow = undertow;
    this.admin = admin;
    this.shutdown = shutdown;
    this.refresher = refresher;
  }

  /** Starts the public service without admin routes; it is listening when this returns. */
  public static SearchServer start(NewsSearcher searcher, ServerConfig config) {
    return start(searcher, config, null);
  }

  /**
   * Starts the public service and, when {@code adminRoutes} is enabled, the admin listener; both
   * are listening when this returns.
   */
  public static SearchServer start(
      NewsSearcher searcher, ServerConfig config, AdminRoutes adminRoutes) {
    GracefulShutdownHandler shutdown = new GracefulShutdownHandler(routes(searcher));
    Undertow undertow = listener(config.host(), config.port(), shutdown);
    undertow.start();
    Undertow admin = null;
    if (adminRoutes != null && adminRoutes.handler() != null) {
      AdminConfig adminConfig = adminRoutes.config();
      admin = listener(adminConfig.host(), adminConfig.port(), adminRoutes.handler());
      admin.start();
    }
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
    return new SearchServer(undertow, admin, shutdown, refresher);
  }

  private static Undertow listener(String host, int port, HttpHandler handler) {
    return Undertow.builder()
        .addHttpListener(port, host)
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 1L << 20)
        .setHandler(new SecurityHeaders(handler))
        .build();
  }

  private static HttpHandler routes(NewsSearcher searcher) {
    HttpHandler articles =
        new ArticleRoutes(new ArticleHandler(searcher), new RelatedHandler(searcher));
    ResourceHandler page =
        Handlers.resource(new ClassPathResourceManager(SearchServer.class.getClassLoader(), "web"))
            .setWelcomeFiles(PAGE_ENTRY)
            .setDirectoryListingEnabled(false);
    RoutingHandler routes =
        Handlers.routing()
            .get("/api/search", new SearchHandler(searcher))
            .get("/api/suggest", new SuggestHandler(searcher))
            .get(FacetValuesHandler.PREFIX + "{facet}", new FacetValuesHandler(searcher))
            .get(ArticleHandler.PREFIX + "{id}", articles)
            .get(ArticleHandler.PREFIX + "{id}" + RelatedHandler.SUFFIX, articles)
            .get("/health", new HealthHandler(searcher))
            .get("/api/*", apiError(StatusCodes.NOT_FOUND, "not_found", "no such API route"))
            .get(ARTICLE_VIEW, pageEntry(page))
            .get("/*", page)
            .setInvalidMethodHandler(
                apiError(
                    StatusCodes.METHOD_NOT_ALLOWED,
                    "method_not_allowed",
                    "method not allowed here"));
    routes.setFallbackHandler(apiError(StatusCodes.NOT_FOUND, "not_found", "no such route"));
    return routes;
  }

  /**
   * Serves the page's {@code index.html} for an address of one of its client-side views, so that a
   * shared or reloaded link opens the page, which then renders that view itself.
   */
  private static HttpHandler pageEntry(ResourceHandler page) {
    return exchange -> {
      exchange.setRelativePath("/" + PAGE_ENTRY);
      page.handleRequest(exchange);
    };
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
    return portOf(undertow);
  }

  /** The port of the admin listener, or -1 when admin is disabled. */
  public int adminPort() {
    return admin == null ? -1 : portOf(admin);
  }

  private static int portOf(Undertow server) {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
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
    if (admin != null) {
      admin.stop();
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
      boolean isRelated =
          PathId.rest(ArticleHandler.PREFIX, exchange).endsWith(RelatedHandler.SUFFIX);
      (isRelated ? related : article).handleRequest(exchange);
    }
  }

  /**
   * Adds the headers every response carries. The content security policy lets the page run only its
   * own scripts and styles, so that text from the index, which it renders, could not run script
   * even if a rendering bug let markup through.
   */
  private record SecurityHeaders(HttpHandler next) implements HttpHandler {
    private static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    public void handleRequest(io.undertow.server.HttpServerExchange exchange) throws Exception {
      exchange.getResponseHeaders().put(new HttpString("X-Content-Type-Options"), "nosniff");
      exchange.getResponseHeaders().put(new HttpString("Referrer-Policy"), "no-referrer");
      exchange
          .getResponseHeaders()
          .put(new HttpString("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
      next.handleRequest(exchange);
    }
  }
}
