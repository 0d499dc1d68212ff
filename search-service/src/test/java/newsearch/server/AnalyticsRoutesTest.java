package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.search.analytics.AnalyticsCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnalyticsRoutesTest {

  @RegisterExtension static final SharedServer SERVER = new SharedServer(corpus());

  private static List<Article> corpus() {
    List<Article> articles = new ArrayList<>(AnalyticsCorpus.oilMonths());
    articles.addAll(AnalyticsCorpus.plantedTopic());
    return articles;
  }

  private static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static JsonObject ok(String pathAndQuery) throws Exception {
    HttpResponse<String> response = SERVER.running().get(pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  @Test
  void timelineAnswersTheContractsShape() throws Exception {
    JsonObject timeline = ok("/api/timeline?q=oil&interval=month");

    assertEquals("month", timeline.get("interval").getAsString());
    assertEquals(1, timeline.get("undated").getAsLong());
    JsonArray buckets = timeline.getAsJsonArray("buckets");
    assertEquals(3, buckets.size());
    JsonObject january = buckets.get(0).getAsJsonObject();
    assertEquals("2021-01-01", january.get("start").getAsString());
    assertEquals(2, january.get("count").getAsLong());
    assertEquals(2.0 / 3, january.get("share").getAsDouble(), 1e-12);
  }

  @Test
  void timelineBucketsAddUpToTheSearchTotalWithTheSameFilters() throws Exception {
    String query = "q=oil+OR+airship&section=Business&from=2021-01-06";
    JsonObject timeline = ok("/api/timeline?interval=day&" + query);
    long sum = timeline.get("undated").getAsLong();
    for (var bucket : timeline.getAsJsonArray("buckets")) {
      sum += bucket.getAsJsonObject().get("count").getAsLong();
    }

    assertEquals(ok("/api/search?" + query).get("total").getAsLong(), sum);
    assertEquals(2, sum);
  }

  @Test
  void termsAnswersForegroundBackgroundAndScore() throws Exception {
    JsonArray terms = ok("/api/terms?q=airship&size=3").getAsJsonArray("terms");

    assertEquals(3, terms.size());
    JsonObject first = terms.get(0).getAsJsonObject();
    assertEquals("cells", first.get("term").getAsString());
    assertEquals(12, first.get("foreground").getAsLong());
    assertEquals(12, first.get("background").getAsLong());
    assertTrue(first.get("score").getAsDouble() > 0);
  }

  @Test
  void trendingAnswersItsPeriodAndTerms() throws Exception {
    JsonObject trending = ok("/api/trending?days=7");

    assertEquals(7, trending.get("days").getAsInt());
    assertEquals("2022-05-22", trending.get("from").getAsString());
    assertEquals("2022-05-28", trending.get("to").getAsString());
    assertTrue(trending.has("terms"));
  }

  @Test
  void badParametersAreRefusedWith400NamingThem() throws Exception {
    assertRefused("/api/timeline?q=oil&interval=fortnight", "invalid_interval");
    assertRefused("/api/timeline?q=oil&from=2021-13-01", "invalid_date");
    assertRefused("/api/terms?q=oil&size=500", "invalid_size");
    assertRefused("/api/terms?q=oil&size=many", "invalid_size");
    assertRefused("/api/trending?days=0", "invalid_days");
    assertRefused("/api/trending?days=9999", "invalid_days");
  }

  private static void assertRefused(String pathAndQuery, String code) throws Exception {
    HttpResponse<String> response = SERVER.running().get(pathAndQuery);
    assertEquals(400, response.statusCode(), pathAndQuery + ": " + response.body());
    assertEquals(
        code, json(response).getAsJsonObject("error").get("code").getAsString(), pathAndQuery);
  }
}
