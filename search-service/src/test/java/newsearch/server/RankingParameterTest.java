package newsearch.server;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ranking=lexical|semantic|hybrid} on {@code /api/search}, over a real server and index. */
class RankingParameterTest {

  @TempDir static Path dir;

  private static NewsSearcher searcher;
  private static SearchServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    searcher =
        NewsSearcher.open(
            TestIndex.buildWithVectors(
                dir.resolve("idx"),
                List.of(
                    article(
                        "jobs",
                        "Fewer people out of work",
                        "The number of jobless workers fell as factories hired again."),
                    article(
                        "music",
                        "A new symphony",
                        "The orchestra played a new work by a young composer."))),
            new NewsSchema(),
            SearchConfig.DEFAULTS);
    server = SearchServer.start(searcher, ServerConfig.builder().host("127.0.0.1").port(0).build());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> ids(HttpResponse<String> response) {
    List<String> ids = new ArrayList<>();
    for (JsonElement hit :
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  @Test
  void eachRankingAnswersByItsOwnMeasureAndHybridIsTheDefault() throws Exception {
    String longQuery = "/api/search?q=unemployment+figures+rising+across+the+country";
    assertEquals(List.of(), ids(get("/api/search?q=unemployment&ranking=lexical")));
    assertEquals("jobs", ids(get("/api/search?q=unemployment&ranking=semantic")).get(0));
    // A short query is ranked by its words; a long one also finds the nearest by meaning.
    assertEquals(List.of(), ids(get("/api/search?q=unemployment&ranking=hybrid")));
    assertEquals(List.of(), ids(get(longQuery + "&ranking=lexical")));
    assertEquals("jobs", ids(get(longQuery + "&ranking=hybrid")).get(0));
    assertEquals(ids(get(longQuery + "&ranking=hybrid")), ids(get(longQuery)));
  }

  @Test
  void anUnknownRankingIs400NamingTheValue() throws Exception {
    HttpResponse<String> response = get("/api/search?q=jobs&ranking=magic");

    assertEquals(400, response.statusCode(), response.body());
    JsonObject error =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals("invalid_ranking", error.get("code").getAsString());
    assertEquals(
        "ranking must be one of lexical, semantic, hybrid, got 'magic'",
        error.get("message").getAsString());
  }
}
