package newsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import newsearch.search.analytics.ExportConfig;
import newsearch.server.AdminConfig;
import newsearch.server.AdminRoutes;
import newsearch.server.AdminTokenFile;
import newsearch.server.SearchServer;
import newsearch.server.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch serve}: serves the index over HTTP, first building it from the bundled sample
 * when the index directory holds no generation at all. A directory with generations but no readable
 * {@code CURRENT}, or whose served generation fails its check, is refused with a message and a
 * non-zero exit, never rebuilt.
 */
@Command(name = "serve", description = "Serve the search API and page over HTTP.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  /** How much longer than the drain the shutdown hook waits for the index to close. */
  private static final long HOOK_SLACK_MILLIS = 5_000;

  @Option(
      names = "--port",
      defaultValue = "${env:NEWSEARCH_PORT:-8080}",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "${env:NEWSEARCH_HOST:-0.0.0.0}",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Mixin IndexOption index;

  @Option(
      names = "--sample",
      paramLabel = "DIR",
      defaultValue = "${env:NEWSEARCH_HOME:-.}/index-data/articles",
      description = "Articles to index when the index is empty (default: ${DEFAULT-VALUE}).")
  Path sample;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Ranking and limits as JSON; unnamed settings keep their defaults.")
  Path config;

  @Option(
      names = "--admin-port",
      defaultValue = "${env:NEWSEARCH_ADMIN_PORT:-8081}",
      description = "Port of the admin routes (default: ${DEFAULT-VALUE}).")
  int adminPort;

  @Option(
      names = "--admin-host",
      defaultValue = "${env:NEWSEARCH_ADMIN_HOST:-127.0.0.1}",
      description = "Address of the admin routes (default: ${DEFAULT-VALUE}, this machine only).")
  String adminHost;

  @Option(
      names = "--admin-token-file",
      paramLabel = "FILE",
      defaultValue = "${env:NEWSEARCH_ADMIN_TOKEN_FILE}",
      description = "File holding the admin token. Without a token the admin routes are off.")
  Path adminTokenFile;

  @Option(
      names = "--max-concurrent-searches",
      paramLabel = "N",
      defaultValue = "${env:NEWSEARCH_MAX_CONCURRENT_SEARCHES}",
      description =
          "Searches served at once; more wait briefly, then get a 503 (default: twice the cores).")
  Integer maxConcurrentSearches;

  @Option(
      names = "--max-searches-per-client",
      paramLabel = "N",
      defaultValue = "${env:NEWSEARCH_MAX_SEARCHES_PER_CLIENT}",
      description =
          "Searches one client address may have running at once (default: half the searches;"
              + " behind a reverse proxy, all of them).")
  Integer maxSearchesPerClient;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      defaultValue = "${env:NEWSEARCH_MAX_CONNECTIONS}",
      description =
          "Connections open at once per port; more wait until one closes (default: 1000).")
  Integer maxConnections;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      split = ",",
      defaultValue = "${env:NEWSEARCH_CORS_ORIGINS}",
      description =
          "Origin whose pages may call the API, like https://news.example (repeatable;"
              + " default: none).")
  List<String> corsOrigins;

  @Option(
      names = "--public-metrics",
      defaultValue = "${env:NEWSEARCH_PUBLIC_METRICS:-false}",
      description = "Serve /metrics on the public port too, not only on the admin port.")
  boolean publicMetrics;

  @Option(
      names = "--export-max-rows",
      paramLabel = "N",
      description =
          "Refuse an export (GET /api/export on the admin port) of more articles than this"
              + " (default: ${DEFAULT-VALUE}).")
  long exportMaxRows = ExportConfig.DEFAULT_MAX_ROWS;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchConfig searchConfig =
        config == null ? SearchConfig.DEFAULTS : SearchConfigFile.read(config);
    IndexStore store = new IndexStore(index.generations());
    IndexGenerations generations = store.generations();
    if (generations.current().isEmpty()) {
      refuseToBuildOver(generations);
      out.println("no index at " + generations.root() + ": indexing " + sample);
      out.println(store.reindex(List.of(sample), progress -> {}).summary());
    }
    ServerConfig serverConfig = serverConfig();
    AdminConfig admin = adminConfig();
    NewsSchema schema = new NewsSchema();
    ShutdownSignal signal = ShutdownSignal.install(serverConfig.drainMillis() + HOOK_SLACK_MILLIS);
    try {
      try (NewsSearcher searcher = NewsSearcher.open(generations, schema, searchConfig);
          SearchServer server =
              SearchServer.start(
                  searcher,
                  serverConfig,
                  new AdminRoutes(
                      searcher, store, admin, ExportConfig.DEFAULTS.withMaxRows(exportMaxRows)))) {
        out.printf(
            "newsearch is serving %s at http://localhost:%d/%n", generations.root(), server.port());
        if (server.adminPort() > 0) {
          out.printf("admin routes at http://%s:%d/admin/%n", admin.host(), server.adminPort());
        }
        out.flush();
        signal.await();
        log.info("shutdown: signal received");
      }
      // Closed in reverse order of opening: the server has drained before the index closes.
      log.info("shutdown: index closed");
    } finally {
      signal.done();
    }
    return 0;
  }

  /**
   * The sample is built only into a directory without generations: one that has some but nothing
   * published (an interrupted first reindex) may still hold an archive someone wants back.
   */
  private static void refuseToBuildOver(IndexGenerations generations) throws IOException {
    List<Path> existing = generations.generations();
    if (!existing.isEmpty()) {
      throw new IllegalStateException(
          "index at "
              + generations.root()
              + " holds "
              + existing.stream().map(p -> p.getFileName().toString()).toList()
              + " but none holds a complete commit (an interrupted reindex?); no sample is built"
              + " over it: run './newsearch"
              + " reindex --input PATH... --index "
              + generations.root()
              + "', or serve another --index");
    }
  }

  private ServerConfig serverConfig() {
    ServerConfig.Builder config =
        ServerConfig.builder()
            .host(host)
            .port(port)
            .corsOrigins(corsOrigins == null ? List.of() : corsOrigins)
            .publicMetrics(publicMetrics);
    if (maxConcurrentSearches != null) {
      config.maxConcurrentSearches(maxConcurrentSearches);
    }
    if (maxSearchesPerClient != null) {
      config.searchesPerClient(maxSearchesPerClient);
    }
    if (maxConnections != null) {
      config.maxConnections(maxConnections);
    }
    return config.build();
  }

  private AdminConfig adminConfig() throws IOException {
    if (adminTokenFile != null) {
      AdminTokenFile.permissionWarning(adminTokenFile)
          .ifPresent(
              warning -> {
                log.warn(warning);
                spec.commandLine().getErr().println("warning: " + warning);
              });
    }
    String token = AdminTokenSource.ofProcess().token(adminTokenFile);
    return AdminConfig.DISABLED.withToken(token).at(adminHost, adminPort);
  }

  /**
   * SIGTERM and SIGINT, as seen by the serving thread. The JVM halts as soon as its shutdown hooks
   * return, so the hook waits until the serving thread has closed the server and the index, and the
   * service stops in order: stop taking requests, drain those in flight, close the index.
   */
  private static final class ShutdownSignal {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    static ShutdownSignal install(long waitMillis) {
      ShutdownSignal signal = new ShutdownSignal();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    signal.requested.countDown();
                    try {
                      signal.done.await(waitMillis, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "shutdown"));
      return signal;
    }

    /** Blocks until a shutdown is requested. */
    void await() throws InterruptedException {
      requested.await();
    }

    /** Lets the JVM halt. */
    void done() {
      done.countDown();
    }
  }
}
