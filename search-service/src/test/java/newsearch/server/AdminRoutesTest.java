package newsearch.server;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.LiveIndexUpdater;
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
            new ServerConfig("127.0.0.1", 0, 60_000),
            new AdminRoutes(
                searcher,
                index,
                new LiveIndexUpdater(new NewsSchema(), IndexerConfig.DEFAULTS),
                admin));
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
    try (SearchServer plain =
        SearchServer.start(searcher, new ServerConfig("127.0.0.1", 0, 60_000))) {
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
            new ServerConfig("127.0.0.1", 0, 60_000),
            new AdminRoutes(
                searcher,
                index,
                new LiveIndexUpdater(new NewsSchema(), IndexerConfig.DEFAULTS),
                small))) {
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
