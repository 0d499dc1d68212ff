package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import newsearch.search.NewsSearcher;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchServerTest {

  @TempDir static Path dir;
  private static NewsSearcher searcher;
  private static SearchServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Article withUrl =
        new Article(
            "https://example.org/news/1?x=a b",
            "Harbour reopens",
            null,
            "The harbour & <docks> reopened.",
            null,
            SectionPath.NONE,
            "https://example.org/news/1",
            null,
            null,
            List.of());
    searcher =
        TestIndex.open(
            TestIndex.build(
                dir, List.of(TestIndex.TREATY_SIGNED, TestIndex.TREATY_TALKS, withUrl)));
    server =
        SearchServer.start(
            searcher, ServerConfig.builder().host("127.0.0.1").port(0).refreshMillis(100).build());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    searcher.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void searchAnswersRankedHighlightedFacetedJson() throws Exception {
    HttpResponse<String> response = get("/api/search?q=peace+treaty");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
    JsonObject body = json(response);
    assertEquals(2, body.get("total").getAsInt());
    assertTrue(body.has("took_ms"));
    JsonObject top = body.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals("j1", top.get("id").getAsString());
    assertEquals("News > Japan", top.get("section").getAsString());
    assertEquals("2021-10-07", top.get("date").getAsString());
    assertEquals(
        "Japan and Russia sign <mark>peace treaty</mark>",
        top.getAsJsonObject("highlights").get("title").getAsString());
    JsonObject news =
        body.getAsJsonObject("facets").getAsJsonArray("section").get(0).getAsJsonObject();
    assertEquals("News", news.get("value").getAsString());
    assertEquals(2, news.getAsJsonArray("children").size());
    assertEquals(2, body.getAsJsonObject("facets").getAsJsonArray("year").size());
  }

  @Test
  void articleTextIsEscapedInHighlights() throws Exception {
    JsonObject hit =
        json(get("/api/search?q=harbour")).getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals(
        "The <mark>harbour</mark> &amp; &lt;docks&gt; reopened.",
        hit.getAsJsonObject("highlights").getAsJsonArray("body").get(0).getAsString());
  }

  @Test
  void articleRouteFindsIdsThatAreUrls() throws Exception {
    String id =
        URLEncoder.encode("https://example.org/news/1?x=a b", StandardCharsets.UTF_8)
            .replace("+", "%20");
    HttpResponse<String> response = get("/api/articles/" + id);
    assertEquals(200, response.statusCode());
    assertEquals("Harbour reopens", json(response).get("title").getAsString());
    assertEquals(200, get("/api/articles/j1").statusCode());
  }

  @Test
  void unknownArticleIs404WithJsonError() throws Exception {
    HttpResponse<String> response = get("/api/articles/nope");
    assertEquals(404, response.statusCode());
    assertEquals("not_found", json(response).getAsJsonObject("error").get("code").getAsString());
  }

  @Test
  void healthSaysOnlyThatTheProcessIsAlive() throws Exception {
    HttpResponse<String> response = get("/health");
    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"ok\"}", response.body());
  }

  @ParameterizedTest
  @CsvSource({
    "page=-1, invalid_page",
    "size=100000, invalid_size",
    "sort=sideways, invalid_sort",
    "from=2021-13-45, invalid_date",
    "from=2022-01-01&to=2021-01-01, invalid_date_range",
    "page=abc, invalid_page",
    "page=2147483647&size=100, too_deep"
  })
  void badParametersGet400WithACodeAndMessage(String query, String code) throws Exception {
    HttpResponse<String> response = get("/api/search?" + query);
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = json(response).getAsJsonObject("error");
    assertEquals(code, error.get("code").getAsString());
    assertFalse(error.get("message").getAsString().isBlank());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%22peace",
        "treaty%20OR",
        "-",
        "title%3A",
        "%5C%5C%5C",
        "AND%20OR%20NOT",
        "%22%22"
      })
  void oddQueriesAreSearchedNotRejected(String q) throws Exception {
    assertEquals(200, get("/api/search?q=" + q).statusCode());
  }

  @Test
  void unknownRoutesAndMethodsGetJsonErrors() throws Exception {
    assertEquals(404, get("/api/nothing").statusCode());
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals(
        "method_not_allowed", json(post).getAsJsonObject("error").get("code").getAsString());
  }

  @Test
  void everyResponseSaysNotToSniffContent() throws Exception {
    assertEquals(
        "nosniff", get("/health").headers().firstValue("x-content-type-options").orElseThrow());
  }

  @Test
  void sectionValuesCanBeSearchedByPrefix() throws Exception {
    HttpResponse<String> response = get("/api/facets/section?prefix=ja");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "{\"values\":[{\"value\":\"News > Japan\",\"label\":\"News > Japan\",\"count\":1}]}",
        response.body());
    assertEquals(
        "{\"values\":[{\"value\":\"News\",\"label\":\"News\",\"count\":2},"
            + "{\"value\":\"News > Europe\",\"label\":\"News > Europe\",\"count\":1},"
            + "{\"value\":\"News > Japan\",\"label\":\"News > Japan\",\"count\":1}]}",
        get("/api/facets/section?prefix=NEW").body());
    assertEquals(404, get("/api/facets/author?prefix=a").statusCode());
    assertEquals(400, get("/api/facets/section?prefix=a&size=0").statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/health", "/api/search?q=treaty", "/api/articles/j1", "/styles.css"})
  void headIsAnsweredAsGetWithoutTheBody(String target) throws Exception {
    RawHttp.Answer get = RawHttp.get(server.port(), target);
    RawHttp.Answer head =
        RawHttp.send(
            server.port(),
            "HEAD " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertEquals(200, get.status(), get.head());
    assertEquals(200, head.status(), head.head());
    assertEquals("", head.body());
    assertEquals(contentType(get), contentType(head));
  }

  private static String contentType(RawHttp.Answer answer) {
    return answer
        .head()
        .lines()
        .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
        .findFirst()
        .orElse("none");
  }
}
