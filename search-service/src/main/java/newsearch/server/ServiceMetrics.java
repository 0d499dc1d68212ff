package newsearch.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import newsearch.search.IndexStatus;
import newsearch.search.NewsSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's metrics, in one Prometheus registry:
 *
 * <ul>
 *   <li>{@code http_server_requests_seconds}: a histogram of request latency per route template
 *       (never the raw path, so the number of series stays fixed), method and status;
 *   <li>{@code newsearch_errors_total}: error answers per route and error code;
 *   <li>{@code newsearch_searches_partial_total}: searches cut short by their time budget;
 *   <li>{@code newsearch_searches_in_flight}: searches inside the index now, and {@code
 *       newsearch_admission_in_flight} and {@code newsearch_admission_waiting}: requests inside the
 *       index and waiting for a permit, per kind ({@code pool}: searches, suggestions, articles);
 *   <li>{@code newsearch_suggester_rebuilds_total}: builds of the title completions;
 *   <li>{@code newsearch_index_documents}, {@code newsearch_index_size_bytes}, {@code
 *       newsearch_index_generation} and {@code newsearch_index_last_commit_seconds} (Unix time of
 *       the served commit: the last reindex or update);
 *   <li>the JVM's memory, garbage collection, threads, CPU and uptime.
 * </ul>
 *
 * <p>Requests that could not even be parsed are counted under the route {@code unparsed}.
 * Thread-safe. The server that creates it closes it.
 */
final class ServiceMetrics implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(ServiceMetrics.class);

  /** The route tag of a request that matched no route. */
  static final String UNMATCHED = "unmatched";

  /** The route tag of a request that could not be parsed. */
  static final String UNPARSED = "unparsed";

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

  /** Latency buckets: from a cached page to a search at its time budget and past it. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Counter partialSearches;

  /**
   * The metrics of a server over the local index {@code searcher} that admits requests by {@code
   * admissions}: those of any backend, and the index's own.
   */
  ServiceMetrics(NewsSearcher searcher, Admissions admissions) {
    this(admissions);
    FunctionCounter.builder("newsearch.suggester.rebuilds", searcher, NewsSearcher::suggesterBuilds)
        .description("Builds of the title completions; bursts of index changes share one")
        .register(registry);
    indexGauge("newsearch.index.documents", null, searcher, IndexStatus::documents);
    indexGauge("newsearch.index.size", BaseUnits.BYTES, searcher, IndexStatus::bytesOnDisk);
    indexGauge("newsearch.index.generation", null, searcher, s -> generationNumber(s));
    indexGauge(
        "newsearch.index.last.commit",
        "seconds",
        searcher,
        s -> s.committedAt().toEpochMilli() / 1000.0);
  }

  /**
   * The metrics of a server over a backend without a local index, such as a SolrCloud collection,
   * that admits requests by {@code admissions}: the JVM's, the requests' and the admissions'.
   */
  ServiceMetrics(Admissions admissions) {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    partialSearches =
        Counter.builder("newsearch.searches.partial")
            .description("Searches that ran out of their time budget and answered partial results")
            .register(registry);
    Gauge.builder("newsearch.searches.in.flight", admissions.searches(), SearchAdmission::inFlight)
        .description("Searches inside the index now")
        .register(registry);
    admissions
        .byPool()
        .forEach(
            (pool, admission) -> {
              Gauge.builder("newsearch.admission.in.flight", admission, SearchAdmission::inFlight)
                  .description("Requests inside the index now, by kind")
                  .tag("pool", pool)
                  .register(registry);
              Gauge.builder("newsearch.admission.waiting", admission, SearchAdmission::waiting)
                  .description("Requests waiting for a permit now, by kind")
                  .tag("pool", pool)
                  .register(registry);
            });
  }

  private void indexGauge(
      String name, String unit, NewsSearcher searcher, ToDoubleFunction<IndexStatus> value) {
    Gauge.builder(
            name,
            searcher,
            s -> {
              try {
                return value.applyAsDouble(s.status());
              } catch (IOException | RuntimeException e) {
                log.warn("metric {} unavailable: {}", name, e.toString());
                return Double.NaN;
              }
            })
        .baseUnit(unit)
        .register(registry);
  }

  private static double generationNumber(IndexStatus status) {
    return Double.parseDouble(status.generation().replaceAll("\\D", ""));
  }

  /** {@code next}, with each request's latency and any error code recorded when it completes. */
  HttpHandler measure(HttpHandler next) {
    return exchange -> {
      long start = System.nanoTime();
      exchange.addExchangeCompleteListener(
          (done, nextListener) -> {
            try {
              record(done, System.nanoTime() - start);
            } finally {
              nextListener.proceed();
            }
          });
      next.handleRequest(exchange);
    };
  }

  private void record(HttpServerExchange exchange, long nanos) {
    PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    String route = match == null ? UNMATCHED : match.getMatchedTemplate();
    String method = exchange.getRequestMethod().toString();
    record(
        route,
        METHODS.contains(method) ? method : "other",
        exchange.getStatusCode(),
        exchange.getAttachment(ErrorBody.CODE),
        nanos);
  }

  private void record(String route, String method, int status, String errorCode, long nanos) {
    Timer.builder("http.server.requests")
        .description("Requests answered, by route template, method and status")
        .tag("route", route)
        .tag("method", method)
        .tag("status", Integer.toString(status))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(Duration.ofNanos(nanos));
    if (errorCode != null) {
      Counter.builder("newsearch.errors")
          .description("Error answers, by route and error code")
          .tag("route", route)
          .tag("code", errorCode)
          .register(registry)
          .increment();
    }
  }

  /** Counts a request that could not be parsed, answered with a 400 {@code bad_request}. */
  void unparsed() {
    record(UNPARSED, "other", 400, "bad_request", 0);
  }

  /** Counts a search answered with partial results. */
  void partialSearch() {
    partialSearches.increment();
  }

  /** Every metric, in the Prometheus text format. */
  String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
