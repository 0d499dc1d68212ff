package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import newsearch.schema.Json;
import newsearch.search.SearchConfig;
import newsearch.search.SectionNames;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section display names over HTTP: every answer that shows a section keeps its value, which filters
 * use, and adds the name as a label.
 */
class SectionLabelsRouteTest {

  @TempDir Path dir;

  private RunningServer start() throws IOException {
    return new RunningServer(
        dir.resolve("index"),
        List.of(
            TestIndex.article(
                "a", "Bank buys rival", "The bank bought a rival.", "1987-03-02", "acq"),
            TestIndex.article(
                "b", "Dollar falls", "The dollar fell against the yen.", "1987-03-03", "money-fx"),
            TestIndex.article(
                "c", "Bank sells unit", "The bank sold a unit.", "1987-03-04", "acq")),
        SearchConfig.DEFAULTS,
        Clock.systemUTC(),
        RunningServer.loopback()
            .sectionNames(SectionNames.of(Map.of("acq", "Acquisitions")))
            .build(),
        AdminConfig.DISABLED);
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.GSON.fromJson(response.body(), JsonObject.class);
  }

  @Test
  void searchFacetsAndHitsCarryTheNameBesideTheValue() throws Exception {
    try (RunningServer server = start()) {
      JsonObject body = json(server.get("/api/search?q=&section=acq"));
      JsonArray sections = body.getAsJsonObject("facets").getAsJsonArray("section");
      assertEquals(
          "[{\"value\":\"acq\",\"label\":\"Acquisitions\",\"count\":2,\"children\":[]},"
              + "{\"value\":\"money-fx\",\"label\":\"money-fx\",\"count\":1,\"children\":[]}]",
          sections.toString());
      JsonObject hit = body.getAsJsonArray("hits").get(0).getAsJsonObject();
      assertEquals("acq", hit.get("section").getAsString());
      assertEquals("Acquisitions", hit.get("section_label").getAsString());
      assertEquals(2, body.get("total").getAsInt());
    }
  }

  @Test
  void theSectionSearchAndTheArticleLabelTheirSections() throws Exception {
    try (RunningServer server = start()) {
      assertEquals(
          "{\"values\":[{\"value\":\"acq\",\"label\":\"Acquisitions\",\"count\":2}]}",
          server.get("/api/facets/section?prefix=ac").body());
      JsonObject article = json(server.get("/api/articles/a"));
      assertEquals("acq", article.get("section").getAsString());
      assertEquals("Acquisitions", article.get("section_label").getAsString());
      JsonObject unnamed = json(server.get("/api/articles/b"));
      assertEquals("money-fx", unnamed.get("section_label").getAsString());
    }
  }
}
