package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every answer, errors included; no server banner; CORS only when set. */
class ResponseHeadersTest {

  private static final String SITE = "https://news.example";

  @TempDir Path dir;
  private RunningServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private RunningServer start(ServerConfig config) throws IOException {
    server =
        RunningServer.with(
            dir,
            List.of(TestIndex.article("a", "Harbour reopens", "The harbour reopened.")),
            config);
    return server;
  }

  /** A CORS preflight from {@link #SITE} for a search. */
  private HttpResponse<String> preflight() throws Exception {
    return server.send(
        server
            .request("/api/search")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", SITE)
            .header("Access-Control-Request-Method", "GET"));
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/js/app.js",
        "/api/search?q=harbour",
        "/api/search?page=0",
        "/api/articles/missing",
        "/api/nothing",
        "/no/such/page.html",
        "/health",
        "/ready"
      })
  void everyAnswerCarriesTheSecurityHeadersAndNoServerBanner(String path) throws Exception {
    start(RunningServer.config());
    HttpResponse<String> response = server.get(path);
    assertEquals("nosniff", header(response, "X-Content-Type-Options").orElseThrow(), path);
    assertEquals("DENY", header(response, "X-Frame-Options").orElseThrow(), path);
    assertEquals("no-referrer", header(response, "Referrer-Policy").orElseThrow(), path);
    assertTrue(
        header(response, "Content-Security-Policy")
            .orElseThrow()
            .startsWith("default-src 'self';"));
    assertEquals(Optional.empty(), header(response, "Server"), path);
    assertEquals(Optional.empty(), header(response, "X-Powered-By"), path);
    assertTrue(!response.body().toLowerCase(java.util.Locale.ROOT).contains("undertow"), path);
  }

  @Test
  void methodNotAllowedAndUnknownFilesAreJsonErrorsWithTheHeaders() throws Exception {
    start(RunningServer.config());
    HttpResponse<String> post =
        server.send(server.request("/api/search").POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(405, post.statusCode());
    assertEquals("nosniff", header(post, "X-Content-Type-Options").orElseThrow());
    HttpResponse<String> missing = server.get("/nothing.css");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"not_found\",\"message\":\"no such route\"}}", missing.body());
  }

  @Test
  void withoutConfiguredOriginsNoAnswerAllowsOtherSites() throws Exception {
    start(RunningServer.config());
    HttpResponse<String> simple =
        server.send(server.request("/api/search?q=harbour").header("Origin", SITE));
    assertEquals(200, simple.statusCode());
    assertEquals(Optional.empty(), header(simple, "Access-Control-Allow-Origin"));
    HttpResponse<String> preflight = preflight();
    assertEquals(405, preflight.statusCode());
    assertEquals(Optional.empty(), header(preflight, "Access-Control-Allow-Origin"));
  }

  @Test
  void aConfiguredOriginGetsPreflightAnswersAndItsOwnNameBack() throws Exception {
    start(RunningServer.loopback().corsOrigins(List.of(SITE)).build());
    HttpResponse<String> preflight = preflight();
    assertEquals(204, preflight.statusCode());
    assertEquals(SITE, header(preflight, "Access-Control-Allow-Origin").orElseThrow());
    assertEquals("GET", header(preflight, "Access-Control-Allow-Methods").orElseThrow());
    assertEquals("600", header(preflight, "Access-Control-Max-Age").orElseThrow());

    HttpResponse<String> simple =
        server.send(server.request("/api/search?q=harbour").header("Origin", SITE));
    assertEquals(200, simple.statusCode());
    assertEquals(SITE, header(simple, "Access-Control-Allow-Origin").orElseThrow());
    assertEquals("Origin", header(simple, "Vary").orElseThrow());
  }

  @Test
  void anUnlistedOriginIsRefusedItsPreflightAndGetsNoAllowHeader() throws Exception {
    start(RunningServer.loopback().corsOrigins(List.of(SITE)).build());
    HttpResponse<String> preflight =
        server.send(
            server
                .request("/api/search")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));
    assertEquals(403, preflight.statusCode());
    assertEquals(Optional.empty(), header(preflight, "Access-Control-Allow-Origin"));
    HttpResponse<String> simple =
        server.send(
            server.request("/api/search?q=harbour").header("Origin", "https://evil.example"));
    assertEquals(Optional.empty(), header(simple, "Access-Control-Allow-Origin"));
  }

  @Test
  void anOriginThatIsNotOneIsRefusedInTheConfiguration() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                RunningServer.loopback().corsOrigins(List.of("https://news.example/path")).build());
    assertEquals(
        "a CORS origin is a scheme and a host, like https://news.example, got"
            + " 'https://news.example/path'",
        e.getMessage());
  }
}
