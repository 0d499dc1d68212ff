package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.Json;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Languages over HTTP: the {@code language} facet with display names, the {@code language} filter
 * (repeated or as a comma list), and the {@code lang} of the query that picks the analysis.
 */
class LanguageRoutesTest {

  @TempDir Path dir;

  private static Article in(String language, String id, String title, String body) {
    return TestIndex.article(id, title, body).withLanguage(language);
  }

  private RunningServer start() throws IOException {
    return new RunningServer(
        dir.resolve("index"),
        List.of(
            in("es", "es-1", "Resultados de la elección", "La elección municipal se decidió."),
            in("es", "es-2", "El puerto reabre", "El puerto reabrió tras la tormenta."),
            in("pt", "pt-1", "Resultado da eleição", "A eleição municipal foi decidida."),
            in("en", "en-1", "Election results", "The municipal election was decided."),
            in("fr", "fr-1", "Les résultats de l'élection", "L'élection municipale est jouée.")));
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.GSON.fromJson(response.body(), JsonObject.class);
  }

  private static List<String> ids(JsonObject body) {
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : body.getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  @Test
  void theLanguageFacetCountsMatchesWithTheirNames() throws Exception {
    try (RunningServer server = start()) {
      JsonArray languages =
          json(server.get("/api/search?q=")).getAsJsonObject("facets").getAsJsonArray("language");
      assertEquals(
          "[{\"value\":\"es\",\"label\":\"Español\",\"count\":2},"
              + "{\"value\":\"en\",\"label\":\"English\",\"count\":1},"
              + "{\"value\":\"fr\",\"label\":\"Français\",\"count\":1},"
              + "{\"value\":\"pt\",\"label\":\"Português\",\"count\":1}]",
          languages.toString());
    }
  }

  @Test
  void theLanguageFilterTakesRepeatedValuesAndCommaListsAndKeepsTheFacetSideways()
      throws Exception {
    try (RunningServer server = start()) {
      JsonObject spanish = json(server.get("/api/search?q=&language=es"));
      assertEquals(List.of("es-1", "es-2"), ids(spanish).stream().sorted().toList());
      assertEquals(5, countOf(spanish.getAsJsonObject("facets").getAsJsonArray("language")));

      assertEquals(
          3, json(server.get("/api/search?q=&language=es&language=pt")).get("total").getAsInt());
      assertEquals(3, json(server.get("/api/search?q=&language=es,pt")).get("total").getAsInt());
      assertEquals(
          List.of("pt-1"),
          ids(json(server.get("/api/search?q=elei%C3%A7%C3%B5es&lang=pt&language=pt"))));
    }
  }

  @Test
  void aSpanishQueryFindsTheSingularInSpanishArticles() throws Exception {
    try (RunningServer server = start()) {
      assertEquals(List.of("es-1"), ids(json(server.get("/api/search?q=elecciones&lang=es"))));
      // Without a query language, the word as written still finds it in the neutral field.
      assertEquals(List.of("es-1"), ids(json(server.get("/api/search?q=elecci%C3%B3n"))));
      // A French query finds the French article, elided article and plural or not.
      assertEquals(List.of("fr-1"), ids(json(server.get("/api/search?q=elections&lang=fr"))));
    }
  }

  @Test
  void anEnglishQueryStillWorksOverTheMixedArchive() throws Exception {
    try (RunningServer server = start()) {
      assertEquals(List.of("en-1"), ids(json(server.get("/api/search?q=elections&lang=en"))));
      assertEquals("en-1", ids(json(server.get("/api/search?q=elections"))).getFirst());
    }
  }

  @Test
  void anUnknownLanguageCodeIsRefusedNamingTheValue() throws Exception {
    try (RunningServer server = start()) {
      HttpResponse<String> badFilter = server.get("/api/search?q=port&language=spanish");
      assertEquals(400, badFilter.statusCode());
      assertEquals(
          "{\"error\":{\"code\":\"invalid_language\",\"message\":\"language must be ISO 639-1"
              + " codes such as es, got 'spanish'\"}}",
          badFilter.body());
      HttpResponse<String> badLang = server.get("/api/search?q=port&lang=xx-");
      assertEquals(400, badLang.statusCode());
      assertEquals(
          "invalid_lang", json400(badLang).getAsJsonObject("error").get("code").getAsString());
    }
  }

  private static JsonObject json400(HttpResponse<String> response) {
    return Json.GSON.fromJson(response.body(), JsonObject.class);
  }

  private static int countOf(JsonArray values) {
    int total = 0;
    for (JsonElement value : values) {
      total += value.getAsJsonObject().get("count").getAsInt();
    }
    return total;
  }
}
