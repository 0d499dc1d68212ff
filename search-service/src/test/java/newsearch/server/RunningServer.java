package newsearch.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import newsearch.search.alert.AlertConfig;
import newsearch.search.alert.SavedSearches;
import newsearch.search.analytics.ExportConfig;

/**
 * A real server on a free port over a small index, with an HTTP/1.1 client for its listeners.
 * Closing it stops the server, then closes the index.
 */
final class RunningServer implements AutoCloseable {

  /** The admin token of servers started with admin routes. */
  static final String TOKEN = "test-admin-token-0123456789";

  private final NewsSearcher searcher;
  private final SavedSearches alerts;
  private final SearchServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  RunningServer(Path dir, List<Article> articles) throws IOException {
    this(dir, articles, SearchConfig.DEFAULTS, Clock.systemUTC(), config(), AdminConfig.DISABLED);
  }

  /** A server over {@code articles} with these settings and this admin listener. */
  RunningServer(
      Path dir,
      List<Article> articles,
      SearchConfig searchConfig,
      Clock clock,
      ServerConfig config,
      AdminConfig adminConfig)
      throws IOException {
    this(TestIndex.build(dir, articles), searchConfig, clock, config, adminConfig, null);
  }

  private RunningServer(
      IndexGenerations index,
      SearchConfig searchConfig,
      Clock clock,
      ServerConfig config,
      AdminConfig adminConfig,
      AlertConfig alertConfig)
      throws IOException {
    NewsSchema schema = new NewsSchema();
    searcher = NewsSearcher.open(index, schema, searchConfig, clock);
    alerts =
        alertConfig == null
            ? null
            : SavedSearches.open(index.root(), searcher, schema, alertConfig, clock);
    server =
        SearchServer.start(
            searcher,
            config,
            new AdminRoutes(
                searcher, new IndexStore(index), adminConfig, ExportConfig.DEFAULTS, alerts),
            alerts);
  }

  /**
   * A server with saved searches over the index already at {@code index}, with the admin listener
   * (token {@link #TOKEN}) and the default refresh, as {@code serve} runs: closing it and starting
   * another over the same index is a restart.
   */
  static RunningServer withSavedSearches(IndexGenerations index, AlertConfig alerts)
      throws IOException {
    return new RunningServer(
        index,
        SearchConfig.DEFAULTS,
        Clock.systemUTC(),
        ServerConfig.builder().host("127.0.0.1").port(0).build(),
        adminConfig(),
        alerts);
  }

  /** A server over {@code articles} with the admin listener (token {@link #TOKEN}). */
  static RunningServer withAdmin(Path dir, List<Article> articles) throws IOException {
    return withAdmin(dir, articles, adminConfig());
  }

  /** A server over {@code articles} with this admin listener. */
  static RunningServer withAdmin(Path dir, List<Article> articles, AdminConfig admin)
      throws IOException {
    return new RunningServer(
        dir, articles, SearchConfig.DEFAULTS, Clock.systemUTC(), config(), admin);
  }

  /** A server over {@code articles} with these settings and no admin listener. */
  static RunningServer with(Path dir, List<Article> articles, ServerConfig config)
      throws IOException {
    return new RunningServer(
        dir, articles, SearchConfig.DEFAULTS, Clock.systemUTC(), config, AdminConfig.DISABLED);
  }

  /** The admin listener on loopback, a free port, with token {@link #TOKEN}. */
  static AdminConfig adminConfig() {
    return AdminConfig.DISABLED.withToken(TOKEN).at("127.0.0.1", 0);
  }

  /** Loopback, a free port, and an index refresh that never gets in the way of a test. */
  static ServerConfig config() {
    return loopback().build();
  }

  /** The settings of {@link #config()}, for a test to change some before building them. */
  static ServerConfig.Builder loopback() {
    return ServerConfig.builder().host("127.0.0.1").port(0).refreshMillis(60_000);
  }

  SearchServer server() {
    return server;
  }

  /** A request to {@code pathAndQuery} on the public listener, which must be encoded already. */
  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
        .timeout(Duration.ofSeconds(10));
  }

  /** A request to {@code path} on the admin listener, with the token when {@code token} is set. */
  HttpRequest.Builder admin(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.adminPort() + path))
            .timeout(Duration.ofSeconds(10));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  /** GETs {@code pathAndQuery}, which must be encoded already. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpClient client() {
    return client;
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (alerts != null) {
      alerts.close();
    }
    searcher.close();
    client.close();
  }
}
