package newsearch.server;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.NewsIndexer;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchRequest;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminRoutesTest {

  private static final String TOKEN = "s3cret-token-for-tests";

  @TempDir Path dir;
  private IndexGenerations index;
  private NewsSearcher searcher;
  private SearchServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    index =
        TestIndex.build(
            dir, List.of(article("a", "Harbour reopens", "Boats are back.", "2021-01-01", "News")));
    searcher = TestIndex.open(index);
    AdminConfig admin = AdminConfig.DISABLED.withToken(TOKEN).at("127.0.0.1", 0);
    server =
        SearchServer.start(
            searcher,
            RunningServer.config(),
            new AdminRoutes(searcher, new IndexStore(index), admin));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    searcher.close();
  }

  private HttpResponse<String> admin(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.adminPort() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long hits(String q) throws IOException {
    return searcher.search(SearchRequest.of(q, 10)).total();
  }

  @Test
  void rejectsRequestsWithoutTheRightToken() throws Exception {
    HttpResponse<String> none = admin("POST", "/admin/refresh", null, "");
    assertEquals(401, none.statusCode());
    assertEquals(
        "unauthorized",
        JsonParser.parseString(none.body())
            .getAsJsonObject()
            .getAsJsonObject("error")
            .get("code")
            .getAsString());
    assertEquals(401, admin("POST", "/admin/refresh", "wrong-token-wrong-token", "").statusCode());
    assertEquals(200, admin("POST", "/admin/refresh", TOKEN, "").statusCode());
  }

  @Test
  void indexedArticlesAreSearchableWhenTheCallReturns() throws Exception {
    HttpResponse<String> response =
        admin(
            "POST",
            "/admin/articles",
            TOKEN,
            "{\"id\":\"b\",\"title\":\"Lighthouse restored\",\"body\":\"The lamp shines.\"}\n");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject report = JsonParser.parseString(response.body()).getAsJsonObject();
    assertEquals(1, report.get("added").getAsInt());
    assertEquals(1, hits("lighthouse"));
  }

  @Test
  void deletedArticlesAreGoneWhenTheCallReturns() throws Exception {
    assertEquals(1, hits("harbour"));
    assertEquals(200, admin("DELETE", "/admin/articles/a", TOKEN, "").statusCode());
    assertEquals(0, hits("harbour"));
    assertEquals(404, admin("DELETE", "/admin/articles/a", TOKEN, "").statusCode());
  }

  @Test
  void aBodyWithoutArticlesIs400() throws Exception {
    assertEquals(400, admin("POST", "/admin/articles", TOKEN, "not json\n").statusCode());
  }

  @Test
  void rollbackWithoutAnOlderGenerationIs409() throws Exception {
    assertEquals(409, admin("POST", "/admin/rollback", TOKEN, "").statusCode());
  }

  private static String errorCode(HttpResponse<String> response) {
    return JsonParser.parseString(response.body())
        .getAsJsonObject()
        .getAsJsonObject("error")
        .get("code")
        .getAsString();
  }

  private HttpResponse<String> ready() throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    HttpResponse<String> response;
    do {
      response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ready"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } while (response.statusCode() != 200 && System.nanoTime() < deadline);
    return response;
  }

  /** A complete new generation holding {@code article}, not yet published. */
  private Path unpublished(newsearch.schema.Article article) throws IOException {
    Path next = index.createNext();
    try (NewsIndexer writer = NewsIndexer.create(next, new NewsSchema(), IndexerConfig.DEFAULTS)) {
      writer.add(article);
      writer.commit(java.util.Map.of());
    }
    return next;
  }

  private static Path compoundFile(Path generation) throws IOException {
    try (var files = Files.list(generation)) {
      return files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
  }

  @Test
  void rollbackToACorruptPreviousGenerationIs409AndChangesNothing() throws Exception {
    TestIndex.build(dir, List.of(article("b", "Ferry timetable", "Ferries run hourly.")));
    assertEquals(200, admin("POST", "/admin/refresh", TOKEN, "").statusCode());
    Path previous = dir.resolve("gen-000001");
    Path cfs = compoundFile(previous);
    try (var raf = new java.io.RandomAccessFile(cfs.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }

    HttpResponse<String> response = admin("POST", "/admin/rollback", TOKEN, "");

    assertEquals(409, response.statusCode(), response.body());
    assertEquals("previous_generation_corrupt", errorCode(response));
    assertTrue(response.body().contains("the previous generation gen-000001 at "), response.body());
    assertTrue(response.body().contains("_0.cfs"), response.body());
    assertEquals(dir.resolve("gen-000002"), index.current().orElseThrow());
    assertTrue(Files.isDirectory(previous));
    assertEquals("gen-000002", searcher.generation());
    assertEquals(1, hits("ferry"));
    HttpResponse<String> ready = ready();
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"generation\":\"gen-000002\""), ready.body());
  }

  @Test
  void refreshOntoACorruptNewGenerationIs409AndTheOldOneStaysServed() throws Exception {
    Path next = unpublished(article("b", "Ferry timetable", "Ferries run hourly."));
    try (var raf = new java.io.RandomAccessFile(compoundFile(next).toFile(), "rw")) {
      raf.setLength(raf.length() - 1);
    }
    index.publish(next);

    HttpResponse<String> refresh = admin("POST", "/admin/refresh", TOKEN, "");
    HttpResponse<String> write =
        admin(
            "POST",
            "/admin/articles",
            TOKEN,
            "{\"id\":\"c\",\"title\":\"Quay\",\"body\":\"Quay works.\"}\n");

    assertEquals(409, refresh.statusCode(), refresh.body());
    assertEquals("generation_corrupt", errorCode(refresh));
    assertTrue(refresh.body().contains("gen-000002"), refresh.body());
    assertEquals(409, write.statusCode(), write.body());
    assertEquals("gen-000001", searcher.generation());
    assertEquals(1, hits("harbour"));
    assertEquals(200, ready().statusCode());
  }

  @Test
  void theTimedRefreshLogsACorruptGenerationOnceAndNoStackTraces() throws Exception {
    ch.qos.logback.classic.Logger rootLog =
        (ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var captured =
        new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    captured.start();
    rootLog.addAppender(captured);
    try (SearchServer fast =
        SearchServer.start(searcher, RunningServer.loopback().refreshMillis(20).build())) {
      Path next = unpublished(article("b", "Ferry timetable", "Ferries run hourly."));
      try (var raf = new java.io.RandomAccessFile(compoundFile(next).toFile(), "rw")) {
        raf.setLength(raf.length() / 2);
      }
      index.publish(next);
      Thread.sleep(600);
    } finally {
      rootLog.detachAppender(captured);
    }
    List<String> problems =
        captured.list.stream()
            .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
            .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " +stack"))
            .toList();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("still serving gen-000001: generation gen-000002"));
    assertEquals("gen-000001", searcher.generation());
  }

  @Test
  void adminRoutesAreNotOnThePublicPort() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/admin/refresh"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, response.statusCode());
  }

  @Test
  void adminIsOffWithoutAToken() throws IOException {
    try (SearchServer plain = SearchServer.start(searcher, RunningServer.config())) {
      assertEquals(-1, plain.adminPort());
    }
    assertThrows(IllegalArgumentException.class, () -> AdminConfig.DISABLED.withToken("short"));
  }

  @Test
  void aBodyLargerThanTheAdminLimitIs413NamingTheLimit() throws Exception {
    AdminConfig small = new AdminConfig("127.0.0.1", 0, TOKEN, 1_024);
    try (SearchServer limited =
        SearchServer.start(
            searcher,
            RunningServer.config(),
            new AdminRoutes(searcher, new IndexStore(index), small))) {
      String line = "{\"id\":\"big\",\"title\":\"Big\",\"body\":\"" + "x".repeat(2_000) + "\"}\n";
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + limited.adminPort() + "/admin/articles"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofString(line))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(413, response.statusCode(), response.body());
      assertEquals(
          "{\"error\":{\"code\":\"too_large\",\"message\":\"the request body may be at most 1024"
              + " bytes\"}}",
          response.body());
    }
  }
}
