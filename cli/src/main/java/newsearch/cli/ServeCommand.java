package newsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import newsearch.search.SectionNames;
import newsearch.search.alert.AlertConfig;
import newsearch.search.alert.SavedSearches;
import newsearch.search.analytics.ExportConfig;
import newsearch.server.AdminConfig;
import newsearch.server.AdminRoutes;
import newsearch.server.AdminTokenFile;
import newsearch.server.PortInUseException;
import newsearch.server.SearchServer;
import newsearch.server.ServerConfig;
import newsearch.solr.SolrSearchBackend;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch serve}: serves the index over HTTP, or with {@code --solr-zk} or {@code
 * --solr-url} a SolrCloud collection ({@link SolrSearchBackend}), first building it from the
 * bundled sample when the index directory holds no generation at all and is the default one (or
 * {@code --sample} is named); any other empty or missing index directory is refused with the
 * command that builds one. A port that is taken is refused with the flag that chooses another. A
 * directory with generations but no readable {@code CURRENT}, or whose served generation fails its
 * check, is refused with a message and a non-zero exit, never rebuilt.
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

  @Mixin SolrOption solr;

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
      names = "--webhook-hosts",
      paramLabel = "HOST",
      split = ",",
      defaultValue = "${env:NEWSEARCH_WEBHOOK_HOSTS}",
      description =
          "Host names or addresses saved-search webhooks may call, comma-separated"
              + " (default: none, so no webhook is taken).")
  List<String> webhookHosts;

  @Option(
      names = "--section-names",
      paramLabel = "FILE",
      defaultValue = "${env:NEWSEARCH_SECTION_NAMES}",
      description =
          "JSON object of section value to display name, like {\"acq\": \"Acquisitions\"};"
              + " filters keep the values, the page shows the names.")
  Path sectionNames;

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
    // Read before anything is built, so that a mistyped file is refused at once.
    SectionNames names = sectionNames == null ? SectionNames.NONE : SectionNames.read(sectionNames);
    if (solr.enabled()) {
      return serveCollection(out, searchConfig, serverConfig(names));
    }
    IndexStore store = new IndexStore(index.generations());
    IndexGenerations generations = store.generations();
    if (generations.current().isEmpty()) {
      refuseToBuildOver(generations);
      refuseToBuildElsewhere(generations);
      out.println("no index at " + generations.root() + ": indexing " + sample);
      out.println(store.reindex(List.of(sample), progress -> {}).summary());
    }
    ServerConfig serverConfig = serverConfig(names);
    AdminConfig admin = adminConfig();
    NewsSchema schema = new NewsSchema();
    ShutdownSignal signal = ShutdownSignal.install(serverConfig.drainMillis() + HOOK_SLACK_MILLIS);
    try {
      try (NewsSearcher searcher = NewsSearcher.open(generations, schema, searchConfig);
          SavedSearches alerts =
              SavedSearches.open(
                  generations.root(), searcher, schema, alertConfig(), Clock.systemUTC());
          SearchServer server =
              start(
                  searcher,
                  serverConfig,
                  new AdminRoutes(
                      searcher,
                      store,
                      admin,
                      ExportConfig.DEFAULTS.withMaxRows(exportMaxRows),
                      alerts),
                  alerts)) {
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

  /**
   * The sample is built unasked only at the default index location, the first run's; an index
   * directory typed on the command line that holds nothing is most likely a typo, and serving the
   * sample from it would hide that. Naming {@code --sample} asks for the sample anywhere.
   */
  private void refuseToBuildElsewhere(IndexGenerations generations) {
    ParseResult parsed = spec.commandLine().getParseResult();
    if (!parsed.hasMatchedOption("--index") || parsed.hasMatchedOption("--sample")) {
      return;
    }
    Path root = generations.root();
    throw new IllegalStateException(
        "no index at "
            + root
            + (Files.isDirectory(root) ? " (the directory holds none)" : " (no such directory)")
            + ": build one with './newsearch reindex --input PATH... --index "
            + root
            + "', or add --sample DIR to index those articles there first");
  }

  /**
   * Serves the SolrCloud collection named by the Solr options: the search API, articles, related
   * articles and the page, without admin routes or saved searches, which need the local index. A
   * collection that cannot be reached is refused before the server starts.
   */
  private int serveCollection(PrintWriter out, SearchConfig searchConfig, ServerConfig config)
      throws Exception {
    ShutdownSignal signal = ShutdownSignal.install(config.drainMillis() + HOOK_SLACK_MILLIS);
    try (CloudSolrClient client = solr.connection().client()) {
      SolrSearchBackend backend =
          new SolrSearchBackend(client, solr.collection, searchConfig, Clock.systemUTC());
      long documents;
      try {
        documents = backend.documents();
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException(
            "cannot search collection "
                + solr.collection
                + " ("
                + e.getMessage()
                + "); create and load it with './newsearch solr create' and './newsearch reindex"
                + " --solr-zk ... --collection "
                + solr.collection
                + "'",
            e);
      }
      try (SearchServer server = start(() -> SearchServer.start(backend, config), config)) {
        out.printf(
            "newsearch is serving collection %s (%d articles) at http://localhost:%d/%n",
            solr.collection, documents, server.port());
        out.flush();
        signal.await();
        log.info("shutdown: signal received");
      }
    } finally {
      signal.done();
    }
    return 0;
  }

  /** Starts the server, saying which flag chooses another port when one is taken. */
  private SearchServer start(
      NewsSearcher searcher, ServerConfig config, AdminRoutes adminRoutes, SavedSearches alerts) {
    return start(() -> SearchServer.start(searcher, config, adminRoutes, alerts), config);
  }

  /** Runs {@code starting}, saying which flag chooses another port when one is taken. */
  private static SearchServer start(Supplier<SearchServer> starting, ServerConfig config) {
    try {
      return starting.get();
    } catch (PortInUseException e) {
      String flag = e.port() == config.port() ? "--port" : "--admin-port";
      throw new IllegalStateException(
          "port " + e.port() + " is in use; choose another with " + flag, e);
    }
  }

  private ServerConfig serverConfig(SectionNames names) {
    ServerConfig.Builder config =
        ServerConfig.builder()
            .host(host)
            .port(port)
            .corsOrigins(corsOrigins == null ? List.of() : corsOrigins)
            .publicMetrics(publicMetrics)
            .sectionNames(names);
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

  private AlertConfig alertConfig() {
    return AlertConfig.builder()
        .webhookHosts(webhookHosts == null ? List.of() : webhookHosts)
        .build();
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
