package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsearch.search.GateClock;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overload, warm-up and shutdown, made deterministic by a clock that holds searches open inside the
 * service (a search reads the clock first) until the test lets them go.
 */
class LoadAndShutdownTest {

  @TempDir Path dir;
  private final GateClock gate = new GateClock();
  private RunningServer server;

  @AfterEach
  void stop() throws IOException {
    gate.open();
    if (server != null) {
      server.close();
    }
  }

  private RunningServer start(ServerConfig config, Clock clock) throws IOException {
    server =
        new RunningServer(
            dir,
            List.of(TestIndex.article("a", "Harbour reopens", "The harbour reopened.")),
            SearchConfig.DEFAULTS,
            clock,
            config,
            false);
    return server;
  }

  private void awaitReady() throws Exception {
    Eventually.await(
        "readiness", Duration.ofSeconds(10), () -> server.get("/ready").statusCode() == 200);
  }

  private CompletableFuture<HttpResponse<String>> searchHeldAtTheGate() throws Exception {
    gate.shut();
    CompletableFuture<HttpResponse<String>> held =
        server
            .client()
            .sendAsync(
                server.request("/api/search?q=harbour").build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(gate.awaitArrival(), "the search never reached the index");
    return held;
  }

  @Test
  void pastTheLimitSearchesAreRefusedAtOnceWithRetryAfter() throws Exception {
    start(RunningServer.config().withMaxConcurrentSearches(1), gate);
    awaitReady();
    CompletableFuture<HttpResponse<String>> held = searchHeldAtTheGate();

    HttpResponse<String> refused = server.get("/api/search?q=harbour");
    assertEquals(503, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(
        "{\"error\":{\"code\":\"overloaded\",\"message\":\"the service is answering 1 searches,"
            + " its limit; retry in a second\"}}",
        refused.body());
    assertEquals(503, server.get("/api/suggest?q=ha").statusCode());
    assertEquals(503, server.get("/api/articles/a").statusCode());
    assertEquals(200, server.get("/health").statusCode(), "health must answer under load");
    assertEquals(200, server.get("/ready").statusCode(), "readiness must answer under load");

    gate.open();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, server.get("/api/search?q=harbour").statusCode());
  }

  @Test
  void notReadyUntilTheWarmUpSearchHasRun() throws Exception {
    gate.shut();
    start(RunningServer.config(), gate);
    assertTrue(gate.awaitArrival(), "the warm-up never searched");

    HttpResponse<String> warming = server.get("/ready");
    assertEquals(503, warming.statusCode());
    assertEquals(
        "{\"error\":{\"code\":\"warming_up\",\"message\":\"the index is open but not warmed up"
            + " yet\"}}",
        warming.body());
    assertEquals(200, server.get("/health").statusCode());

    gate.open();
    awaitReady();
    assertEquals(
        "{\"status\":\"ready\",\"generation\":\"gen-000001\",\"documents\":1}",
        server.get("/ready").body());
  }

  @Test
  void closingFinishesSearchesInFlightRefusesNewOnesThenStops() throws Exception {
    start(RunningServer.config(), gate);
    awaitReady();
    int port = server.server().port();
    CompletableFuture<HttpResponse<String>> held = searchHeldAtTheGate();

    CompletableFuture<Void> closed = CompletableFuture.runAsync(server.server()::close);
    // New requests are refused once the drain has begun; the held search keeps close waiting.
    Eventually.await(
        "the drain", Duration.ofSeconds(10), () -> server.get("/health").statusCode() == 503);
    assertFalse(closed.isDone(), "close returned with a search still in flight");

    gate.open();
    HttpResponse<String> finished = held.get(10, TimeUnit.SECONDS);
    assertEquals(200, finished.statusCode());
    assertTrue(finished.body().contains("\"total\":1"), finished.body());
    closed.get(10, TimeUnit.SECONDS);
    assertThrows(
        ConnectException.class,
        () ->
            server
                .client()
                .send(
                    java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()));
  }
}
