package newsearch.server;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.StatusCodes;
import java.io.Closeable;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.UnreadableCurrentException;
import newsearch.schema.IncompatibleIndexException;
import newsearch.search.NewsSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service over a {@link NewsSearcher}: the JSON API, health and readiness, and the search
 * page on the public listener; the admin routes and metrics on the admin listener.
 *
 * <p>Every response carries the security headers, every request is measured and written to the
 * access log, and requests that read the index pass a {@link SearchAdmission}. It refreshes the
 * searcher on a timer so that new commits and generations show up without a restart, and warms the
 * index up in the background after it starts listening: {@code /ready} says when that is done.
 *
 * <p>Closing it first declares it not ready, then drains requests in flight (new ones get a 503)
 * for up to {@link ServerConfig#drainMillis}, then stops the listeners. It does not close the
 * searcher, which its creator owns and closes after this.
 */
public final class SearchServer implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(SearchServer.class);

  /** The search page's entry document in the classpath folder {@code web/}. */
  private static final String PAGE_ENTRY = "index.html";

  /** The page's article view: {@code /article/{id}}, rendered in the browser. */
  private static final String ARTICLE_VIEW = "/article/*";

  /** Workers of the admin listener: its routes are few and called by operators. */
  private static final int ADMIN_WORKERS = 4;

  /** Headers per request: a browser sends about 15. */
  private static final int MAX_HEADERS = 64;

  /** How long a client may take to send its request line and headers (slow senders). */
  private static final int REQUEST_PARSE_TIMEOUT_MILLIS = 10_000;

  /** How long an idle keep-alive connection is kept. */
  private static final int IDLE_CONNECTION_MILLIS = 60_000;

  private final Undertow undertow;
  private final Undertow admin;
  private final GracefulShutdownHandler shutdown;
  private final ScheduledExecutorService refresher;
  private final Readiness readiness;
  private final ServiceMetrics metrics;
  private final long drainMillis;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SearchServer(
      Undertow undertow,
      Undertow admin,
      GracefulShutdownHandler shutdown,
      ScheduledExecutorService refresher,
      Readiness readiness,
      ServiceMetrics metrics,
      long drainMillis) {
    this.undertow = undertow;
    this.admin = admin;
    this.shutdown = shutdown;
    this.refresher = refresher;
    this.readiness = readiness;
    this.metrics = metrics;
    this.drainMillis = drainMillis;
  }

  /** Starts the public service without admin routes; it is listening when this returns. */
  public static SearchServer start(NewsSearcher searcher, ServerConfig config) {
    return start(searcher, config, null);
  }

  /**
   * Starts the public service and, when {@code adminRoutes} is enabled, the admin listener; both
   * are listening when this returns, and the warm-up has begun.
   */
  public static SearchServer start(
      NewsSearcher searcher, ServerConfig config, AdminRoutes adminRoutes) {
    SearchAdmission admission = new SearchAdmission(config.maxConcurrentSearches());
    ServiceMetrics metrics = new ServiceMetrics(searcher, admission);
    Readiness readiness = new Readiness();
    GracefulShutdownHandler shutdown =
        new GracefulShutdownHandler(
            new CorsPolicy(
                config.corsOrigins(), routes(searcher, config, admission, readiness, metrics)));
    Undertow undertow =
        listener(config.host(), config.port(), config, config.workerThreads(), shutdown, metrics);
    undertow.start();
    Undertow admin = null;
    HttpHandler adminHandler =
        adminRoutes == null ? null : adminRoutes.handler(new MetricsHandler(metrics));
    if (adminHandler != null) {
      AdminConfig adminConfig = adminRoutes.config();
      admin =
          listener(
              adminConfig.host(), adminConfig.port(), config, ADMIN_WORKERS, adminHandler, metrics);
      admin.start();
    }
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.execute(() -> readiness.warmUp(searcher));
    refresher.scheduleWithFixedDelay(
        () -> refresh(searcher),
        config.refreshMillis(),
        config.refreshMillis(),
        TimeUnit.MILLISECONDS);
    SearchServer server =
        new SearchServer(
            undertow, admin, shutdown, refresher, readiness, metrics, config.drainMillis());
    log.info(
        "listening port={} admin_port={} max_concurrent_searches={} workers={} cors_origins={}"
            + " public_metrics={}",
        server.port(),
        server.adminPort(),
        config.maxConcurrentSearches(),
        config.workerThreads(),
        config.corsOrigins().size(),
        config.publicMetrics());
    return server;
  }

  private static Undertow listener(
      String host,
      int port,
      ServerConfig config,
      int workers,
      HttpHandler handler,
      ServiceMetrics metrics) {
    return Undertow.builder()
        .addHttpListener(port, host)
        .setWorkerThreads(workers)
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, config.maxBodyBytes())
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, config.maxHeaderBytes())
        .setServerOption(UndertowOptions.MAX_PARAMETERS, config.maxParameters())
        .setServerOption(UndertowOptions.MAX_HEADERS, MAX_HEADERS)
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, REQUEST_PARSE_TIMEOUT_MILLIS)
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_CONNECTION_MILLIS)
        .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, true)
        .setHandler(AccessLogToSlf4j.around(new SecurityHeaders(metrics.measure(handler))))
        .build();
  }

  private static HttpHandler routes(
      NewsSearcher searcher,
      ServerConfig config,
      SearchAdmission admission,
      Readiness readiness,
      ServiceMetrics metrics) {
    HttpHandler articles =
        admission.guard(
            new ArticleRoutes(new ArticleHandler(searcher), new RelatedHandler(searcher)));
    HttpHandler notFound = apiError(StatusCodes.NOT_FOUND, "not_found", "no such route");
    ResourceHandler page =
        new ResourceHandler(
                new ClassPathResourceManager(SearchServer.class.getClassLoader(), "web"), notFound)
            .setWelcomeFiles(PAGE_ENTRY)
            .setDirectoryListingEnabled(false);
    RoutingHandler routes =
        Handlers.routing()
            .get("/api/search", admission.guard(new SearchHandler(searcher, metrics)))
            .get("/api/suggest", admission.guard(new SuggestHandler(searcher)))
            .get(FacetValuesHandler.PREFIX + "{facet}", new FacetValuesHandler(searcher))
            .get(ArticleHandler.PREFIX + "{id}", articles)
            .get(ArticleHandler.PREFIX + "{id}" + RelatedHandler.SUFFIX, articles)
            .get("/health", new HealthHandler())
            .get("/ready", new ReadyHandler(readiness, searcher))
            .get("/api/*", apiError(StatusCodes.NOT_FOUND, "not_found", "no such API route"))
            .get(ARTICLE_VIEW, pageEntry(page))
            .get("/*", page)
            .setInvalidMethodHandler(
                apiError(
                    StatusCodes.METHOD_NOT_ALLOWED,
                    "method_not_allowed",
                    "method not allowed here"));
    if (config.publicMetrics()) {
      routes.get("/metrics", new MetricsHandler(metrics));
    }
    routes.setFallbackHandler(notFound);
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
    } catch (CorruptGenerationException
        | UnreadableCurrentException
        | IncompatibleIndexException refused) {
      // Logged once by the searcher when it first refused this publication; the old one is served.
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

  /**
   * Stops in order: not ready, then no new requests (they get a 503) while those in flight finish,
   * for up to the drain time, then the listeners. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    readiness.shutDown();
    refresher.shutdownNow();
    log.info("shutdown: draining requests in flight for up to {} ms", drainMillis);
    shutdown.shutdown();
    boolean drained = false;
    try {
      drained = shutdown.awaitShutdown(drainMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!drained) {
      log.warn("shutdown: requests still in flight after {} ms; stopping anyway", drainMillis);
    }
    if (admin != null) {
      admin.stop();
    }
    undertow.stop();
    metrics.close();
    log.info("shutdown: server stopped drained={}", drained);
  }
}
