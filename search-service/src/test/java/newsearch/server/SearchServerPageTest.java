package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page's routes over a real server: the page, its scripts, and its client-side views.
 */
class SearchServerPageTest {

  private static SampleServer server;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    server = SampleServer.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void rootServesThePage() throws Exception {
    HttpResponse<String> page = server.get("/");

    assertEquals(200, page.statusCode());
    assertEquals("text/html", page.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(page.body().contains("<script type=\"module\" src=\"/js/app.js\">"), page.body());
  }

  @Test
  void articleAddressServesThePageEvenForAnIdThatIsAUrl() throws Exception {
    HttpResponse<String> root = server.get("/");
    HttpResponse<String> article = server.get("/article/https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc");

    assertEquals(200, article.statusCode());
    assertEquals(root.body(), article.body());
  }

  @Test
  void scriptsAreServedAsJavaScriptSoBrowsersRunThemAsModules() throws Exception {
    HttpResponse<String> script = server.get("/js/app.js");

    assertEquals(200, script.statusCode());
    assertEquals(
        "application/javascript", script.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void everyResponseForbidsScriptsFromElsewhere() throws Exception {
    for (String path : new String[] {"/", "/article/x", "/api/search?q=treaty"}) {
      String policy =
          server.get(path).headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(policy.startsWith("default-src 'self';"), path + ": " + policy);
    }
  }

  @Test
  void articleApiIsNotShadowedByThePageRoute() throws Exception {
    HttpResponse<String> missing = server.get("/api/articles/no-such-id");

    assertEquals(404, missing.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"not_found\",\"message\":\"no article with id no-such-id\"}}",
        missing.body());
  }
}
