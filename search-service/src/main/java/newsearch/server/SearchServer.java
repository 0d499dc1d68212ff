package newsearch.server;

import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.io.Closeable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.UnreadableCurrentException;
import newsearch.schema.IncompatibleIndexException;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchBackend;
import newsearch.search.alert.SavedSearches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.OptionMap;

/**
 * The HTTP service over a {@link NewsSearcher}, or any other {@link SearchBackend}: the JSON API,
 * health and readiness, and the search page on the public listener; the admin routes and metrics on
 * the admin listener.
 *
 * <p>Every response carries the security headers, every request is measured and written to the
 * access log (also one that could not be parsed, see {@link UnparsedRequests}), and requests that
 * read the index pass a {@link SearchAdmission}: one for searches (and related articles and the
 * section search), one for completions, one for articles, so that neither kind crowds out another.
 * Every {@code GET} route answers {@code HEAD} too, without the body. It refreshes the searcher on
 * a timer so that new commits and generations show up without a restart, and warms the index up in
 * the background after it starts listening: {@code /ready} says when that is done.
 *
 * <p>Closing it first declares it not ready, then drains requests in flight (new ones get a 503)
 * for up to {@link ServerConfig#drainMillis}, then stops the listeners. It does not close the
 * searcher, which its creator owns and closes after this.
 */
public final class SearchServer implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(SearchServer.class);

  /** Workers of the admin listener: its routes are few and called by operators. */
  private static final int ADMIN_WORKERS = 4;

  /** Headers per request: a browser sends about 15. */
  static final int MAX_HEADERS = 64;

  /** How long a client may take to send its request line and headers (slow senders). */
  private static final int REQUEST_PARSE_TIMEOUT_MILLIS = 10_000;

  /** How long an idle keep-alive connection is kept. */
  private static final int IDLE_CONNECTION_MILLIS = 60_000;

  private final HttpListener service;
  private final HttpListener admin;
  private final GracefulShutdownHandler shutdown;
  private final ScheduledExecutorService refresher;
  private final Readiness readiness;
  private final ServiceMetrics metrics;
  private final long drainMillis;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SearchServer(
      HttpListener service,
      HttpListener admin,
      GracefulShutdownHandler shutdown,
      ScheduledExecutorService refresher,
      Readiness readiness,
      ServiceMetrics metrics,
      long drainMillis) {
    this.service = service;
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
   *
   * @throws PortInUseException when the public or the admin port is taken; nothing is left open
   */
  public static SearchServer start(
      NewsSearcher searcher, ServerConfig config, AdminRoutes adminRoutes) {
    return start(searcher, config, adminRoutes, null);
  }

  /**
   * Starts the service as above, with the public feeds of saved searches {@code alerts} (null for
   * none); their admin routes come with {@code adminRoutes}.
   */
  public static SearchServer start(
      NewsSearcher searcher, ServerConfig config, AdminRoutes adminRoutes, SavedSearches alerts) {
    Admissions admissions = Admissions.of(config);
    return start(
        searcher,
        searcher,
        config,
        adminRoutes,
        alerts,
        admissions,
        new ServiceMetrics(searcher, admissions),
        () -> refresh(searcher));
  }

  /**
   * Starts the public service over {@code backend}, such as a SolrCloud collection: search,
   * articles, related articles, completions, health, readiness and the page, as over the local
   * index. The routes that read a local index directly answer 501; there are no admin routes, and
   * nothing to refresh, since the backend shows new commits itself.
   *
   * @throws PortInUseException when the port is taken
   */
  public static SearchServer start(SearchBackend backend, ServerConfig config) {
    if (backend instanceof NewsSearcher local) {
      return start(local, config);
    }
    Admissions admissions = Admissions.of(config);
    return start(
        backend, null, config, null, null, admissions, new ServiceMetrics(admissions), null);
  }

  private static SearchServer start(
      SearchBackend backend,
      NewsSearcher local,
      ServerConfig config,
      AdminRoutes adminRoutes,
      SavedSearches alerts,
      Admissions admissions,
      ServiceMetrics metrics,
      Runnable refresh) {
    UnparsedRequests unparsed = new UnparsedRequests(config, metrics);
    Readiness readiness = new Readiness();
    GracefulShutdownHandler shutdown =
        new GracefulShutdownHandler(
            new CorsPolicy(
                config.corsOrigins(),
                PublicRoutes.of(backend, local, config, admissions, readiness, metrics, alerts)));
    HttpListener service =
        listener(
            config.host(),
            config.port(),
            config,
            config.workerThreads(),
            config.maxBodyBytes(),
            new Root(shutdown, metrics, unparsed));
    HttpListener admin;
    try {
      admin = adminListener(adminRoutes, config, metrics, unparsed);
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
    SearchServer server =
        new SearchServer(
            service,
            admin,
            shutdown,
            refresher(backend, refresh, readiness, config.refreshMillis()),
            readiness,
            metrics,
            config.drainMillis());
    log.info(
        "listening port={} admin_port={} searches={} suggestions={} articles={} workers={}"
            + " max_connections={} cors_origins={} public_metrics={}",
        server.port(),
        server.adminPort(),
        config.searches(),
        config.suggestions(),
        config.articles(),
        config.workerThreads(),
        config.maxConnections(),
        config.corsOrigins().size(),
        config.publicMetrics());
    return server;
  }

  /** The admin listener, or null when there are no admin routes or they are disabled. */
  private static HttpListener adminListener(
      AdminRoutes adminRoutes,
      ServerConfig config,
      ServiceMetrics metrics,
      UnparsedRequests unparsed) {
    HttpHandler routes =
        adminRoutes == null ? null : adminRoutes.handler(new MetricsHandler(metrics));
    if (routes == null) {
      return null;
    }
    AdminConfig adminConfig = adminRoutes.config();
    return listener(
        adminConfig.host(),
        adminConfig.port(),
        config,
        ADMIN_WORKERS,
        BufferedBody.readLimit(adminConfig.maxBodyBytes()),
        new Root(routes, metrics, unparsed));
  }

  /** What every listener puts before its routes, and what it does with unparsed requests. */
  private record Root(HttpHandler routes, ServiceMetrics metrics, UnparsedRequests unparsed) {}

  private static HttpListener listener(
      String host, int port, ServerConfig config, int workers, long maxEntityBytes, Root root) {
    OptionMap options =
        OptionMap.builder()
            .set(UndertowOptions.MAX_ENTITY_SIZE, maxEntityBytes)
            .set(UndertowOptions.MAX_HEADER_SIZE, config.maxHeaderBytes())
            // The header size limit comes first, so the count is QueryParameterLimit's to answer.
            .set(UndertowOptions.MAX_PARAMETERS, config.maxHeaderBytes())
            .set(UndertowOptions.MAX_HEADERS, MAX_HEADERS)
            .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, REQUEST_PARSE_TIMEOUT_MILLIS)
            .set(UndertowOptions.NO_REQUEST_TIMEOUT, IDLE_CONNECTION_MILLIS)
            .set(UndertowOptions.RECORD_REQUEST_START_TIME, true)
            .getMap();
    HttpHandler handler =
        AccessLogToSlf4j.around(
            new SecurityHeaders(
                root.metrics()
                    .measure(
                        new BodilessErrors(
                            new QueryParameterLimit(config.maxParameters(), root.routes())))));
    return HttpListener.start(
        host, port, workers, config.maxConnections(), options, handler, root.unparsed());
  }

  /**
   * A thread that warms {@code backend} up, then runs {@code refresh} every {@code millis}, if
   * there is one.
   */
  private static ScheduledExecutorService refresher(
      SearchBackend backend, Runnable refresh, Readiness readiness, long millis) {
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.execute(() -> readiness.warmUp(backend));
    if (refresh != null) {
      refresher.scheduleWithFixedDelay(refresh, millis, millis, TimeUnit.MILLISECONDS);
    }
    return refresher;
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
    return service.port();
  }

  /** The port of the admin listener, or -1 when admin is disabled. */
  public int adminPort() {
    return admin == null ? -1 : admin.port();
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
      admin.close();
    }
    service.close();
    metrics.close();
    log.info("shutdown: server stopped drained={}", drained);
  }
}
