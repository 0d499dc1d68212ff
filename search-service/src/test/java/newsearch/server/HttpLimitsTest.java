package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests past a size limit get a 400 with a JSON body that names the limit and the value. */
class HttpLimitsTest {

  @RegisterExtension
  static final SharedServer SERVER =
      new SharedServer(List.of(TestIndex.article("a", "Harbour", "Boats.")));

  /** Asserts that {@code path} is refused with a 400 and exactly this error code and message. */
  private static void assertRefused(String path, String code, String message) throws Exception {
    HttpResponse<String> response = SERVER.running().get(path);
    assertEquals(400, response.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}", response.body());
  }

  @Test
  void aQueryLongerThanTheLimitIs400NamingTheLimitAndLength() throws Exception {
    assertRefused(
        "/api/search?q=" + "a".repeat(1_001),
        "query_too_long",
        "q must be at most 1000 characters long, got 1001");
  }

  @Test
  void moreThan64WordsIs400NamingTheLimitAndCount() throws Exception {
    assertRefused(
        "/api/search?q=" + "a+b+".repeat(40),
        "too_many_terms",
        "q may hold at most 64 words and phrases, got 80");
  }

  @Test
  void moreThan20SectionsIs400NamingTheLimitAndCount() throws Exception {
    assertRefused(
        "/api/search?" + "section=News&".repeat(21),
        "too_many_sections",
        "section may be given at most 20 times, got 21");
  }

  @Test
  void aSectionPrefixLongerThanTheLimitIs400NamingThePrefix() throws Exception {
    assertRefused(
        "/api/facets/section?prefix=" + "a".repeat(5_000),
        "query_too_long",
        "prefix must be at most 1000 characters long, got 5000");
  }

  @Test
  void aRequestLineLongerThanTheHeaderLimitIs400WithAJsonBody() throws Exception {
    RawHttp.Answer answer =
        RawHttp.get(SERVER.running().server().port(), "/api/search?q=" + "a".repeat(20_000));
    assertEquals(400, answer.status(), answer.head());
    assertTrue(answer.body().startsWith("{\"error\":{\"code\":\"bad_request\""), answer.body());
  }

  @Test
  void moreParametersThanTheLimitIs400NamingTheLimitAndCount() throws Exception {
    RawHttp.Answer answer =
        RawHttp.get(SERVER.running().server().port(), "/api/search?" + "x=1&".repeat(70));
    assertEquals(400, answer.status(), answer.head());
    assertEquals(
        "{\"error\":{\"code\":\"too_many_parameters\",\"message\":\"a request may carry at"
            + " most 64 query parameters, got 70\"}}",
        answer.body());
  }
}
