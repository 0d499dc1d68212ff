package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The query syntax over HTTP: the relaxed fallback's fields, partial words and bad values. */
class QuerySyntaxRoutesTest {

  @RegisterExtension
  static final SharedServer SERVER = new SharedServer(TestIndex.peaceTalksAndRates("kuril-1"));

  private static JsonObject search(String q, String more) throws Exception {
    HttpResponse<String> response =
        SERVER
            .running()
            .get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static void assertRefused(String q, String code, String message) throws Exception {
    HttpResponse<String> response =
        SERVER.running().get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals(code, error.get("code").getAsString());
    assertEquals(message, error.get("message").getAsString());
  }

  @Test
  void aRelaxedSearchSaysSoAndNamesTheDroppedWords() throws Exception {
    JsonObject relaxed = search("treaty inflation kuril", "");
    assertEquals(true, relaxed.get("relaxed").getAsBoolean());
    assertEquals("[\"inflation\"]", relaxed.get("dropped_words").toString());
    assertEquals("treaty AND inflation AND kuril", relaxed.get("parsed_query").getAsString());
    assertEquals(3, relaxed.get("total").getAsLong());
  }

  @Test
  void aSearchWithAllItsWordsIsNotRelaxed() throws Exception {
    JsonObject strict = search("+peace +treaty", "");
    assertEquals(false, strict.get("relaxed").getAsBoolean());
    assertEquals("[]", strict.get("dropped_words").toString());
    assertEquals(2, strict.get("total").getAsLong());
  }

  @Test
  void partialTakesTheLastWordAsABeginning() throws Exception {
    JsonObject typing = search("central ban", "&partial=true");
    assertEquals("central AND ban*", typing.get("parsed_query").getAsString());
    assertEquals(
        "ecb", typing.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString());
  }

  @Test
  void badDatesAndDistancesAreA400NamingTheValue() throws Exception {
    assertRefused(
        "treaty since:banana",
        "invalid_date_expression",
        "since: must be a year, a month or a day (2021, 2021-06, 2021-06-15), got 'banana'");
    assertRefused(
        "treaty when:7x",
        "invalid_date_expression",
        "when: must be a number from 1 to 10000 followed by d, w, m or y (7d, 1y), got '7x'");
    assertRefused(
        "peace NEAR/0 treaty",
        "invalid_distance",
        "NEAR/0: the distance must be a whole number from 1 to 50");
  }
}
