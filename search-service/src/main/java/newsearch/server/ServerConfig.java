package newsearch.server;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the service listens, and how much it takes on at once.
 *
 * @param host the address to bind; {@code localhost} keeps the service private to the machine
 * @param port the port; 0 picks a free one
 * @param refreshMillis how often the index is checked for new commits and generations
 * @param maxConcurrentSearches how many requests may be inside the index at once (searches,
 *     completions, articles, related articles); one more is refused at once with a 503 {@code
 *     overloaded} and {@code Retry-After: 1}, never queued
 * @param workerThreads threads that run requests; more than {@code maxConcurrentSearches}, so that
 *     health, readiness, metrics and the page still answer while searches use every permit
 * @param maxHeaderBytes the largest request line and headers together; a longer URL is refused
 * @param maxParameters the most query parameters a request may carry
 * @param maxBodyBytes the largest request body; the admin routes set their own
 * @param drainMillis how long closing waits for requests in flight before it stops anyway
 * @param corsOrigins origins ({@code https://news.example}) whose pages may call the API from a
 *     browser; empty turns cross-origin requests off
 * @param publicMetrics whether {@code /metrics} is also served on the public listener, for a
 *     deployment where that port is reachable from a private network only
 */
public record ServerConfig(
    String host,
    int port,
    long refreshMillis,
    int maxConcurrentSearches,
    int workerThreads,
    int maxHeaderBytes,
    int maxParameters,
    long maxBodyBytes,
    long drainMillis,
    List<String> corsOrigins,
    boolean publicMetrics) {

  /**
   * Default concurrent searches: twice the cores. A search is CPU work with short waits on the disk
   * cache, so beyond about two per core more searches in flight only make every one of them slower,
   * and each holds memory for its collectors and highlights. Refusing the rest at once lets a
   * client or a balancer retry elsewhere instead of waiting in a queue that grows without bound.
   */
  public static final int DEFAULT_MAX_CONCURRENT_SEARCHES =
      2 * Runtime.getRuntime().availableProcessors();

  /** Workers beyond the search permits, for the routes that must answer under load. */
  public static final int SPARE_WORKERS = 8;

  /** Default request line and headers: 16 KiB, four times a long browser request. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 16 << 10;

  /** Default query parameters per request: a search has 8 kinds; 20 sections and more fit. */
  public static final int DEFAULT_MAX_PARAMETERS = 64;

  /** Default request body: 1 MiB; the public API reads no body at all. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

  /** Default drain on shutdown: longer than any search is allowed to take. */
  public static final long DEFAULT_DRAIN_MILLIS = 10_000;

  /** Defaults: port 8080 on every interface, new commits visible within half a second. */
  public static final ServerConfig DEFAULTS = new ServerConfig("0.0.0.0", 8080, 500);

  private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s?#]+");

  /** Rejects an impossible port, interval or limit, and an origin that is not one. */
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (refreshMillis < 10) {
      throw new IllegalArgumentException("refreshMillis must be at least 10, got " + refreshMillis);
    }
    requireAtLeast("maxConcurrentSearches", maxConcurrentSearches, 1);
    requireAtLeast("workerThreads", workerThreads, maxConcurrentSearches + 1);
    requireAtLeast("maxHeaderBytes", maxHeaderBytes, 1024);
    requireAtLeast("maxParameters", maxParameters, 8);
    requireAtLeast("maxBodyBytes", maxBodyBytes, 0);
    requireAtLeast("drainMillis", drainMillis, 0);
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException(
            "a CORS origin is a scheme and a host, like https://news.example, got '"
                + origin
                + "'");
      }
    }
  }

  /** Listens on {@code host}:{@code port} with every other setting at its default. */
  public ServerConfig(String host, int port, long refreshMillis) {
    this(
        host,
        port,
        refreshMillis,
        DEFAULT_MAX_CONCURRENT_SEARCHES,
        DEFAULT_MAX_CONCURRENT_SEARCHES + SPARE_WORKERS,
        DEFAULT_MAX_HEADER_BYTES,
        DEFAULT_MAX_PARAMETERS,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_DRAIN_MILLIS,
        List.of(),
        false);
  }

  /** A copy allowing {@code searches} at once, with workers to match. */
  public ServerConfig withMaxConcurrentSearches(int searches) {
    return new ServerConfig(
        host,
        port,
        refreshMillis,
        searches,
        searches + SPARE_WORKERS,
        maxHeaderBytes,
        maxParameters,
        maxBodyBytes,
        drainMillis,
        corsOrigins,
        publicMetrics);
  }

  /** A copy letting pages from {@code origins} call the API from a browser. */
  public ServerConfig withCorsOrigins(List<String> origins) {
    return new ServerConfig(
        host,
        port,
        refreshMillis,
        maxConcurrentSearches,
        workerThreads,
        maxHeaderBytes,
        maxParameters,
        maxBodyBytes,
        drainMillis,
        origins,
        publicMetrics);
  }

  /** A copy that serves {@code /metrics} on the public listener too, or not. */
  public ServerConfig withPublicMetrics(boolean serveMetricsPublicly) {
    return new ServerConfig(
        host,
        port,
        refreshMillis,
        maxConcurrentSearches,
        workerThreads,
        maxHeaderBytes,
        maxParameters,
        maxBodyBytes,
        drainMillis,
        corsOrigins,
        serveMetricsPublicly);
  }

  private static void requireAtLeast(String name, long value, long least) {
    if (value < least) {
      throw new IllegalArgumentException(name + " must be at least " + least + ", got " + value);
    }
  }
}
