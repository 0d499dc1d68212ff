package newsearch.server;

import java.util.List;
import java.util.regex.Pattern;
import newsearch.search.SectionNames;

/**
 * Where the service listens, and how much it takes on at once.
 *
 * @param host the address to bind; {@code localhost} keeps the service private to the machine
 * @param port the port; 0 picks a free one
 * @param refreshMillis how often the index is checked for new commits and generations
 * @param searches the requests that search the index (searches, related articles, the section
 *     search), admitted apart from the cheap ones so that they cannot crowd them out
 * @param suggestions completions of what the user is typing, admitted apart
 * @param articles article look-ups by id, admitted apart
 * @param workerThreads threads that run requests; more than all the permits together, so that
 *     health, readiness, metrics and the page still answer while every permit is in use
 * @param maxHeaderBytes the largest request line and headers together; a longer URL is refused
 * @param maxParameters the most query parameters a request may carry
 * @param maxBodyBytes the largest request body; the admin routes set their own
 * @param drainMillis how long closing waits for requests in flight before it stops anyway
 * @param maxConnections the most connections open at once on each listener; past it, new ones wait
 *     in the operating system's backlog until one closes, while the open ones are served
 * @param corsOrigins origins ({@code https://news.example}) whose pages may call the API from a
 *     browser; empty turns cross-origin requests off
 * @param publicMetrics whether {@code /metrics} is also served on the public listener, for a
 *     deployment where that port is reachable from a private network only
 * @param sectionNames display names of section values, given to answers beside the values
 */
public record ServerConfig(
    String host,
    int port,
    long refreshMillis,
    AdmissionConfig searches,
    AdmissionConfig suggestions,
    AdmissionConfig articles,
    int workerThreads,
    int maxHeaderBytes,
    int maxParameters,
    long maxBodyBytes,
    long drainMillis,
    int maxConnections,
    List<String> corsOrigins,
    boolean publicMetrics,
    SectionNames sectionNames) {

  /**
   * Default concurrent searches: twice the cores. A search is CPU work with short waits on the disk
   * cache, so beyond about two per core more searches in flight only make every one of them slower,
   * and each holds memory for its collectors and highlights. The rest wait a moment, then are
   * refused, so that a client or a balancer retries elsewhere instead of waiting in a queue.
   */
  public static final int DEFAULT_MAX_CONCURRENT_SEARCHES =
      2 * Runtime.getRuntime().availableProcessors();

  /**
   * Default concurrent completions and article look-ups, each: as many as searches. Each takes well
   * under a millisecond, so their permits turn over fast; what matters is that they are their own.
   */
  public static final int DEFAULT_MAX_CONCURRENT_CHEAP_REQUESTS = DEFAULT_MAX_CONCURRENT_SEARCHES;

  /** Workers beyond the permits, for the routes that must answer under load. */
  public static final int SPARE_WORKERS = 8;

  /** Default request line and headers: 16 KiB, four times a long browser request. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 16 << 10;

  /** Default query parameters per request: a search has 8 kinds; 20 sections and more fit. */
  public static final int DEFAULT_MAX_PARAMETERS = 64;

  /** Default request body: 1 MiB; the public API reads no body at all. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

  /** Default drain on shutdown: longer than any search is allowed to take. */
  public static final long DEFAULT_DRAIN_MILLIS = 10_000;

  /**
   * Default open connections per listener: 1,000, far more than the permits (browsers keep up to
   * six each, idle most of the time), and far fewer than the file descriptors a process may open.
   */
  public static final int DEFAULT_MAX_CONNECTIONS = 1_000;

  /** Default address: every interface, so that the service is reachable from other machines. */
  public static final String DEFAULT_HOST = "0.0.0.0";

  /** Default port: 8080, the usual unprivileged HTTP port. */
  public static final int DEFAULT_PORT = 8080;

  /** Default refresh: new commits and generations are visible within half a second. */
  public static final long DEFAULT_REFRESH_MILLIS = 500;

  /** Defaults: port 8080 on every interface, new commits visible within half a second. */
  public static final ServerConfig DEFAULTS = builder().build();

  private static final Pattern ORIGIN = Pattern.compile("https?://[^/\\s?#]+");

  /** Rejects an impossible port, interval or limit, and an origin that is not one. */
  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (refreshMillis < 10) {
      throw new IllegalArgumentException("refreshMillis must be at least 10, got " + refreshMillis);
    }
    if (searches == null || suggestions == null || articles == null) {
      throw new IllegalArgumentException("searches, suggestions and articles need admission");
    }
    requireAtLeast("workerThreads", workerThreads, permits(searches, suggestions, articles) + 1);
    requireAtLeast("maxHeaderBytes", maxHeaderBytes, 1024);
    requireAtLeast("maxParameters", maxParameters, 8);
    requireAtLeast("maxBodyBytes", maxBodyBytes, 0);
    requireAtLeast("drainMillis", drainMillis, 0);
    requireAtLeast("maxConnections", maxConnections, 1);
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    sectionNames = sectionNames == null ? SectionNames.NONE : sectionNames;
    for (String origin : corsOrigins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException(
            "a CORS origin is a scheme and a host, like https://news.example, got '"
                + origin
                + "'");
      }
    }
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many searches may run at once. */
  public int maxConcurrentSearches() {
    return searches.permits();
  }

  /**
   * Collects the settings; {@link #build} validates them. Unless {@link #workerThreads} is set, the
   * workers are the permits of the three admissions together plus {@link #SPARE_WORKERS}. Not
   * thread-safe.
   */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private long refreshMillis = DEFAULT_REFRESH_MILLIS;
    private AdmissionConfig searches = AdmissionConfig.of(DEFAULT_MAX_CONCURRENT_SEARCHES);
    private Integer searchesPerClient;
    private AdmissionConfig suggestions = AdmissionConfig.of(DEFAULT_MAX_CONCURRENT_CHEAP_REQUESTS);
    private AdmissionConfig articles = AdmissionConfig.of(DEFAULT_MAX_CONCURRENT_CHEAP_REQUESTS);
    private Integer workerThreads;
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private int maxParameters = DEFAULT_MAX_PARAMETERS;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private long drainMillis = DEFAULT_DRAIN_MILLIS;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private List<String> corsOrigins = List.of();
    private boolean publicMetrics;
    private SectionNames sectionNames = SectionNames.NONE;

    private Builder() {}

    public Builder host(String value) {
      host = value;
      return this;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    public Builder refreshMillis(long value) {
      refreshMillis = value;
      return this;
    }

    /** Admits searches so; {@link #searchesPerClient}, when set, still applies on top. */
    public Builder searches(AdmissionConfig value) {
      searches = value;
      return this;
    }

    /** Allows {@code permits} searches at once, half of them for one client. */
    public Builder maxConcurrentSearches(int permits) {
      return searches(AdmissionConfig.of(permits));
    }

    /** Lets one client have {@code share} searches running (and as many waiting). */
    public Builder searchesPerClient(int share) {
      searchesPerClient = share;
      return this;
    }

    public Builder suggestions(AdmissionConfig value) {
      suggestions = value;
      return this;
    }

    public Builder articles(AdmissionConfig value) {
      articles = value;
      return this;
    }

    /** Sets the workers instead of deriving them from the admissions. */
    public Builder workerThreads(int value) {
      workerThreads = value;
      return this;
    }

    public Builder maxHeaderBytes(int value) {
      maxHeaderBytes = value;
      return this;
    }

    public Builder maxParameters(int value) {
      maxParameters = value;
      return this;
    }

    public Builder maxBodyBytes(long value) {
      maxBodyBytes = value;
      return this;
    }

    public Builder drainMillis(long value) {
      drainMillis = value;
      return this;
    }

    public Builder maxConnections(int value) {
      maxConnections = value;
      return this;
    }

    public Builder corsOrigins(List<String> value) {
      corsOrigins = value;
      return this;
    }

    public Builder publicMetrics(boolean value) {
      publicMetrics = value;
      return this;
    }

    public Builder sectionNames(SectionNames value) {
      sectionNames = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public ServerConfig build() {
      AdmissionConfig searchAdmission =
          searchesPerClient == null || searches == null
              ? searches
              : searches.withPerClient(searchesPerClient);
      int workers =
          workerThreads != null
              ? workerThreads
              : permits(searchAdmission, suggestions, articles) + SPARE_WORKERS;
      return new ServerConfig(
          host,
          port,
          refreshMillis,
          searchAdmission,
          suggestions,
          articles,
          workers,
          maxHeaderBytes,
          maxParameters,
          maxBodyBytes,
          drainMillis,
          maxConnections,
          corsOrigins,
          publicMetrics,
          sectionNames);
    }
  }

  private static int permits(AdmissionConfig... pools) {
    int sum = 0;
    for (AdmissionConfig pool : pools) {
      // A missing admission is refused by the constructor, with its own message.
      sum += pool == null ? 0 : pool.permits();
    }
    return sum;
  }

  private static void requireAtLeast(String name, long value, long least) {
    if (value < least) {
      throw new IllegalArgumentException(name + " must be at least " + least + ", got " + value);
    }
  }
}
