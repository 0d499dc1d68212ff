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

  @Test
  void theCopiesOfAWireStoryCarryTheirSectionsNames() throws Exception {
    try (RunningServer server =
        new RunningServer(
            dir.resolve("wire"),
            List.of(
                TestIndex.article(
                    "wire-1", "Grain berths open", WIRE + " One.", "1987-10-20", "grain"),
                TestIndex.article(
                    "wire-2", "Grain berths open", WIRE + " Two.", "1987-10-21", "acq")),
            SearchConfig.DEFAULTS,
            Clock.systemUTC(),
            RunningServer.loopback()
                .sectionNames(SectionNames.of(Map.of("acq", "Acquisitions")))
                .build(),
            AdminConfig.DISABLED)) {
      JsonObject hit =
          json(server.get("/api/search?q=grain+berths"))
              .getAsJsonArray("hits")
              .get(0)
              .getAsJsonObject();
      assertEquals(1, hit.get("duplicates").getAsInt(), hit.toString());
      JsonObject copy = hit.getAsJsonArray("copies").get(0).getAsJsonObject();
      String named = copy.get("id").getAsString().equals("wire-2") ? "Acquisitions" : "grain";
      assertEquals(named, copy.get("section_label").getAsString(), copy.toString());
    }
  }

  /** A wire story long enough for its copies to share a key and collapse into one hit. */
  private static final String WIRE =
      "Grain shipments through the northern harbour rose sharply in October as the harvest"
          + " reached the docks, port officials said on Tuesday, adding that the backlog of"
          + " vessels waiting to load had eased after two new berths opened at the grain"
          + " terminal. Exporters said prices held steady through the month, while the harbour"
          + " board expects the busier schedule to last into the winter, when ice usually closes"
          + " the upper channel to the largest ships for several weeks.";
}
