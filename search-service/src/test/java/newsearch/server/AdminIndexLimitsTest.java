package newsearch.server;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /admin/articles} with bad records among good ones. */
class AdminIndexLimitsTest {

  @TempDir Path dir;
  private RunningServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        RunningServer.withAdmin(dir, List.of(article("a", "Harbour reopens", "Boats are back.")));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private HttpResponse<String> post(String body) throws Exception {
    return server.send(
        server
            .admin("/admin/articles", RunningServer.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static List<String> strings(JsonArray array) {
    return array.asList().stream().map(e -> e.getAsString()).toList();
  }

  private static String record(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Text.\"}\n";
  }

  @Test
  void indexesTheGoodRecordsAndListsTheBadOnesWithTheirLines() throws Exception {
    HttpResponse<String> response =
        post(
            record("b", "Lighthouse restored")
                + record("x".repeat(40_000), "Long id")
                + "{\"id\":\"c\",\"title\":\"Ferry\",\"date\":\"2021-13-45\"}\n"
                + "{\"id\":\"d\",\"body\":\""
                + "w".repeat(9 << 20)
                + "\"}\n"
                + record("e", "Pier"));

    assertEquals(200, response.statusCode(), response.body().substring(0, 200));
    JsonObject report = JsonParser.parseString(response.body()).getAsJsonObject();
    assertEquals(3, report.get("added").getAsInt());
    assertEquals(
        List.of(
            "request body:2: id is 40000 bytes, at most 32766",
            "request body:4: record is larger than 8 MiB"),
        strings(report.getAsJsonArray("rejected")));
    assertEquals(
        List.of(
            "request body:3: date \"2021-13-45\" is not a date (yyyy-mm-dd); indexed without a date"),
        strings(report.getAsJsonArray("warnings")));
    assertEquals(200, server.get("/api/articles/e").statusCode());
  }

  @Test
  void countsTheRejectedRecordsByReason() throws Exception {
    HttpResponse<String> response =
        post(
            record("b", "Lighthouse restored")
                + "not json\n"
                + "[1]\n"
                + "{\"id\":\"c\",\"title\":\"\"}\n"
                + "{\"id\":\"d\"}\n"
                + record("x".repeat(40_000), "Long id"));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject report = JsonParser.parseString(response.body()).getAsJsonObject();
    assertEquals(1, report.get("added").getAsInt());
    assertEquals(
        "{\"not_json\":1,\"not_an_object\":1,\"no_title_or_body\":2,\"field_over_limit\":1}",
        report.get("rejected_by_reason").toString());
  }

  @Test
  void isA400WhenNoRecordCouldBeIndexed() throws Exception {
    HttpResponse<String> response = post(record("x".repeat(40_000), "Long id"));

    assertEquals(400, response.statusCode());
    JsonObject error =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals("no_articles", error.get("code").getAsString());
    assertEquals(
        "the body held no article: request body:1: id is 40000 bytes, at most 32766",
        error.get("message").getAsString());
  }
}
