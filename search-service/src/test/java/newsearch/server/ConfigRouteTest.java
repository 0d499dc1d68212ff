package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import newsearch.schema.Json;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/config} answers the served configuration's sizes and limits the page needs. */
class ConfigRouteTest {

  @TempDir Path dir;

  private RunningServer start(SearchConfig config) throws IOException {
    return new RunningServer(
        dir.resolve("index"),
        List.of(
            TestIndex.article("a", "Harbour reopens", "The harbour reopened."),
            TestIndex.article("b", "Harbour closes", "The harbour closed."),
            TestIndex.article("c", "Harbour dredged", "The harbour was dredged.")),
        config,
        Clock.systemUTC(),
        RunningServer.config(),
        AdminConfig.DISABLED);
  }

  @Test
  void theDefaultsAnswerTheirSizesAndLimits() throws Exception {
    try (RunningServer server = start(SearchConfig.DEFAULTS)) {
      HttpResponse<String> response = server.get("/api/config");
      assertEquals(200, response.statusCode());
      assertEquals(
          "application/json; charset=utf-8",
          response.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(
          "{\"page_size\":10,\"max_page_size\":100,\"max_depth\":10000,\"related_count\":5,"
              + "\"max_suggestions\":20,\"facet_values\":20}",
          response.body());
      HttpResponse<String> head =
          server.send(server.request("/api/config").method("HEAD", noBody()));
      assertEquals(200, head.statusCode());
      assertEquals("", head.body());
    }
  }

  @Test
  void aConfigurationFileShowsThroughAndItsPageSizeIsTheSearchDefault() throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(
        file,
        "{\"page_size\": 2, \"max_page_size\": 50, \"max_depth\": 40, \"related_count\": 1,"
            + " \"max_suggestions\": 6, \"facet_values\": 7}",
        StandardCharsets.UTF_8);
    try (RunningServer server = start(SearchConfigFile.read(file))) {
      assertEquals(
          "{\"page_size\":2,\"max_page_size\":50,\"max_depth\":40,\"related_count\":1,"
              + "\"max_suggestions\":6,\"facet_values\":7}",
          server.get("/api/config").body());
      JsonObject search = json(server.get("/api/search?q=harbour&facets=false").body());
      assertEquals(2, search.get("size").getAsInt(), search.toString());
      assertEquals(2, search.getAsJsonArray("hits").size(), search.toString());
      JsonObject related = json(server.get("/api/articles/a/related").body());
      assertEquals(1, related.getAsJsonArray("hits").size(), related.toString());
    }
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private static JsonObject json(String body) {
    return Json.GSON.fromJson(body, JsonObject.class);
  }
}
