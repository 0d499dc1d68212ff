package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests past a size limit get a 400 with a JSON body that names the limit and the value. */
class HttpLimitsTest {

  @TempDir static Path dir;
  private static RunningServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new RunningServer(dir, List.of(TestIndex.article("a", "Harbour", "Boats.")));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void aQueryLongerThanTheLimitIs400NamingTheLimitAndLength() throws Exception {
    HttpResponse<String> response = server.get("/api/search?q=" + "a".repeat(1_001));
    assertEquals(400, response.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"query_too_long\",\"message\":\"q must be at most 1000 characters"
            + " long, got 1001\"}}",
        response.body());
  }

  @Test
  void moreThan64WordsIs400NamingTheLimitAndCount() throws Exception {
    HttpResponse<String> response = server.get("/api/search?q=" + "a+b+".repeat(40));
    assertEquals(400, response.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"too_many_terms\",\"message\":\"q may hold at most 64 words and"
            + " phrases, got 80\"}}",
        response.body());
  }

  @Test
  void moreThan20SectionsIs400NamingTheLimitAndCount() throws Exception {
    HttpResponse<String> response = server.get("/api/search?" + "section=News&".repeat(21));
    assertEquals(400, response.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"too_many_sections\",\"message\":\"section may be given at most 20"
            + " times, got 21\"}}",
        response.body());
  }

  @Test
  void aSectionPrefixLongerThanTheLimitIs400NamingThePrefix() throws Exception {
    HttpResponse<String> response = server.get("/api/facets/section?prefix=" + "a".repeat(5_000));
    assertEquals(400, response.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"query_too_long\",\"message\":\"prefix must be at most 1000"
            + " characters long, got 5000\"}}",
        response.body());
  }

  @Test
  void aRequestLineLongerThanTheHeaderLimitIs400WithAJsonBody() throws Exception {
    RawHttp.Answer answer =
        RawHttp.get(server.server().port(), "/api/search?q=" + "a".repeat(20_000));
    assertEquals(400, answer.status(), answer.head());
    assertTrue(answer.body().startsWith("{\"error\":{\"code\":\"bad_request\""), answer.body());
  }

  @Test
  void moreParametersThanTheLimitIs400NamingTheLimitAndCount() throws Exception {
    RawHttp.Answer answer = RawHttp.get(server.server().port(), "/api/search?" + "x=1&".repeat(70));
    assertEquals(400, answer.status(), answer.head());
    assertEquals(
        "{\"error\":{\"code\":\"too_many_parameters\",\"message\":\"a request may carry at"
            + " most 64 query parameters, got 70\"}}",
        answer.body());
  }
}
