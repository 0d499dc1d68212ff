package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsearch.schema.Article;
import newsearch.search.TestIndex;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRouteTest {

  /** More reports than the 10,000 hits a search window holds, one per day. */
  private static final int REPORTS = 10_050;

  private static final LocalDate FIRST = LocalDate.parse("1990-01-01");

  @TempDir static Path dir;
  private static RunningServer server;

  @BeforeAll
  static void start() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      articles.add(
          TestIndex.article(
              String.format(Locale.ROOT, "r%05d", i),
              i == 7 ? "Report, \"quoted\"" : "Daily report " + i,
              "The daily report.",
              FIRST.plusDays(i).toString(),
              "News"));
    }
    articles.add(TestIndex.article("other", "Weather", "Rain.", "2001-01-01", "News"));
    server = RunningServer.withAdmin(dir, articles);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static HttpResponse<String> export(String query, String token) throws Exception {
    return server.send(server.admin("/api/export?" + query, token));
  }

  /** The ids of the reports, newest first: the date order. */
  private static List<String> newestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = REPORTS - 1; i >= 0; i--) {
      ids.add(String.format(Locale.ROOT, "r%05d", i));
    }
    return ids;
  }

  @Test
  void csvHoldsEveryMatchPastTheSearchWindowInDateOrder() throws Exception {
    HttpResponse<String> response =
        export("q=report&sort=date&format=csv&fields=id,date,title", RunningServer.TOKEN);

    assertEquals(200, response.statusCode());
    assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").get());
    long total =
        JsonParser.parseString(server.get("/api/search?q=report").body())
            .getAsJsonObject()
            .get("total")
            .getAsLong();
    assertEquals(REPORTS, total);
    assertEquals(
        String.valueOf(total), response.headers().firstValue("X-Export-Total").orElseThrow());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(response.body()))
            .getRecords();
    assertEquals(total, rows.size());
    assertEquals(newestFirst(), rows.stream().map(r -> r.get("id")).toList());
    assertEquals("Report, \"quoted\"", rows.get(REPORTS - 1 - 7).get("title"));
    assertEquals(FIRST.toString(), rows.get(REPORTS - 1).get("date"));
  }

  @Test
  void jsonLinesHoldEveryMatchOneObjectALine() throws Exception {
    HttpResponse<String> response =
        export("q=report&sort=date&format=jsonl&fields=id", RunningServer.TOKEN);

    assertEquals(200, response.statusCode());
    List<String> ids = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      JsonObject row = JsonParser.parseString(line).getAsJsonObject();
      ids.add(row.get("id").getAsString());
    }
    assertEquals(newestFirst(), ids);
  }

  @Test
  void exportIsRefusedWithoutTheToken() throws Exception {
    assertEquals(401, export("q=report", null).statusCode());
    assertEquals(401, export("q=report", "wrong-token-0123456789").statusCode());
    assertEquals(404, server.get("/api/export?q=report").statusCode());
  }

  @Test
  void badParametersAreA400WithAJsonError() throws Exception {
    for (String[] bad :
        new String[][] {
          {"q=report&format=xlsx", "invalid_format"},
          {"q=report&fields=id,headline", "invalid_fields"},
          {"q=report&sort=sideways", "invalid_sort"},
          {"q=report&from=yesterday", "invalid_date"}
        }) {
      HttpResponse<String> response = export(bad[0], RunningServer.TOKEN);

      assertEquals(400, response.statusCode(), bad[0]);
      assertEquals(
          bad[1],
          JsonParser.parseString(response.body())
              .getAsJsonObject()
              .getAsJsonObject("error")
              .get("code")
              .getAsString());
    }
  }
}
