package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search-box helpers over HTTP: suggest, related articles, and did-you-mean in search. */
class SearchBoxRoutesTest {

  private static final String URL_ID = "https://news.example/2019/kuril-talks?page=1";

  private static final List<Article> ARTICLES = TestIndex.peaceTalksAndRates(URL_ID);

  @RegisterExtension static final SharedServer SERVER = new SharedServer(ARTICLES);

  private static String encoded(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private static void assertJson(int status, String body, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/json; charset=utf-8", response.headers().firstValue("Content-Type").get());
    assertEquals(body, response.body());
  }

  private static List<String> hitIds(HttpResponse<String> response) {
    List<String> ids = new ArrayList<>();
    for (JsonElement hit :
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  @Test
  void suggestAnswersCompletionsWithTheTypedPartMarked() throws Exception {
    assertJson(
        200,
        "{\"suggestions\":["
            + "{\"text\":\"peace\",\"html\":\"<mark>pea</mark>ce\"},"
            + "{\"text\":\"peace treaty\",\"html\":\"<mark>pea</mark>ce treaty\"}]}",
        SERVER.running().get("/api/suggest?q=pea&size=2"));
  }

  @Test
  void suggestWithoutTextAnswersNoCompletions() throws Exception {
    assertJson(200, "{\"suggestions\":[]}", SERVER.running().get("/api/suggest"));
    assertJson(200, "{\"suggestions\":[]}", SERVER.running().get("/api/suggest?q=+"));
  }

  @Test
  void suggestRejectsABadSizeWithAJsonError() throws Exception {
    assertJson(
        400,
        "{\"error\":{\"code\":\"invalid_size\",\"message\":\"size must be between 1 and 20, got 50\"}}",
        SERVER.running().get("/api/suggest?q=pea&size=50"));
    assertJson(
        400,
        "{\"error\":{\"code\":\"invalid_size\",\"message\":\"size must be a whole number, got 'ten'\"}}",
        SERVER.running().get("/api/suggest?q=pea&size=ten"));
  }

  @Test
  void relatedAnswersHitsForAnIdThatIsAnEncodedUrl() throws Exception {
    HttpResponse<String> response =
        SERVER.running().get("/api/articles/" + encoded(URL_ID) + "/related?size=5");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(List.of("kuril-2"), hitIds(response));
    JsonObject hit =
        JsonParser.parseString(response.body())
            .getAsJsonObject()
            .getAsJsonArray("hits")
            .get(0)
            .getAsJsonObject();
    assertEquals(
        List.of(
            "id",
            "title",
            "section",
            "section_label",
            "date",
            "score",
            "highlights",
            "duplicates",
            "copies"),
        List.copyOf(hit.keySet()));
  }

  @Test
  void relatedOfAnotherArticleLeadsBackToTheUrlIdentifiedOne() throws Exception {
    assertEquals(List.of(URL_ID), hitIds(SERVER.running().get("/api/articles/kuril-2/related")));
  }

  @Test
  void relatedOfAnUnknownArticleIsNotFound() throws Exception {
    assertJson(
        404,
        "{\"error\":{\"code\":\"not_found\",\"message\":\"no article with id nope\"}}",
        SERVER.running().get("/api/articles/nope/related"));
  }

  @Test
  void anArticleIdNamedRelatedIsLookedUpAsAnId() throws Exception {
    assertJson(
        404,
        "{\"error\":{\"code\":\"not_found\",\"message\":\"no article with id related\"}}",
        SERVER.running().get("/api/articles/related"));
  }

  @Test
  void relatedRejectsABadSizeWithAJsonError() throws Exception {
    assertJson(
        400,
        "{\"error\":{\"code\":\"invalid_size\",\"message\":\"size must be between 1 and 100, got 0\"}}",
        SERVER.running().get("/api/articles/ecb/related?size=0"));
  }

  @Test
  void relatedRejectsAnUnknownRankingWithAJsonError() throws Exception {
    assertJson(
        400,
        "{\"error\":{\"code\":\"invalid_ranking\",\"message\":\"ranking must be one of lexical,"
            + " semantic, hybrid, got 'nearest'\"}}",
        SERVER.running().get("/api/articles/ecb/related?ranking=nearest"));
  }

  @Test
  void relatedByVectorOfAnIndexWithoutVectorsAnswersTheRelatedByWords() throws Exception {
    assertEquals(
        hitIds(SERVER.running().get("/api/articles/kuril-2/related?ranking=lexical")),
        hitIds(SERVER.running().get("/api/articles/kuril-2/related?ranking=semantic")));
  }

  @Test
  void theArticleRouteStillAnswersAnIdThatIsAnEncodedUrl() throws Exception {
    HttpResponse<String> response = SERVER.running().get("/api/articles/" + encoded(URL_ID));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        URL_ID, JsonParser.parseString(response.body()).getAsJsonObject().get("id").getAsString());
  }

  @Test
  void searchAnswersTheCorrectedSpellingAndNamesBothQueries() throws Exception {
    JsonObject misspelt =
        JsonParser.parseString(SERVER.running().get("/api/search?q=treatty").body())
            .getAsJsonObject();
    assertEquals(2, misspelt.get("total").getAsInt());
    assertEquals("treaty", misspelt.get("corrected_query").getAsString());
    assertEquals("treatty", misspelt.get("original_query").getAsString());
    assertEquals(true, misspelt.get("suggestion").isJsonNull());

    JsonObject exact =
        JsonParser.parseString(SERVER.running().get("/api/search?q=treatty&spell=exact").body())
            .getAsJsonObject();
    assertEquals(0, exact.get("total").getAsInt());
    assertEquals("treaty", exact.get("suggestion").getAsString());
    assertEquals(true, exact.get("corrected_query").isJsonNull());

    JsonObject correct =
        JsonParser.parseString(SERVER.running().get("/api/search?q=treaty").body())
            .getAsJsonObject();
    assertEquals(2, correct.get("total").getAsInt());
    assertEquals(true, correct.get("corrected_query").isJsonNull());
    assertEquals(true, correct.get("suggestion").isJsonNull());
  }

  @Test
  void aSpellValueOtherThanAutoOrExactIsA400NamingIt() throws Exception {
    assertJson(
        400,
        "{\"error\":{\"code\":\"invalid_spell\",\"message\":\"spell must be one of auto,"
            + " exact, got 'loose'\"}}",
        SERVER.running().get("/api/search?q=treaty&spell=loose"));
  }
}
