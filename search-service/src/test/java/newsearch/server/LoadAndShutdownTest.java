package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.http.HttpClient;
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
 * Overload (the permits of each kind, the queue, each client's share), warm-up and shutdown, made
 * deterministic by a clock that holds searches open inside the service (a search reads the clock
 * first) until the test lets them go. A second loopback address, 127.0.0.2, is a second client.
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
            AdminConfig.DISABLED);
    return server;
  }

  private void awaitReady() throws Exception {
    Eventually.await(
        "readiness", Duration.ofSeconds(10), () -> server.get("/ready").statusCode() == 200);
  }

  /** Waits until {@code count} searches wait for a permit, as the public metrics say. */
  private void awaitSearchesWaiting(int count) throws Exception {
    String line = "newsearch_admission_waiting{pool=\"searches\"} " + count + ".0";
    Eventually.await(
        count + " searches waiting",
        Duration.ofSeconds(10),
        () -> server.get("/metrics").body().lines().anyMatch(line::equals));
  }

  /** A client from another address than the test's other requests. */
  private static HttpClient otherClient() throws IOException {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .localAddress(InetAddress.getByName("127.0.0.2"))
        .build();
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
  void pastTheLimitASearchWaitsBrieflyThenIsRefusedWithRetryAfter() throws Exception {
    start(RunningServer.loopback().maxConcurrentSearches(1).build(), gate);
    awaitReady();
    CompletableFuture<HttpResponse<String>> held = searchHeldAtTheGate();

    long start = System.nanoTime();
    HttpResponse<String> refused = server.get("/api/search?q=harbour");
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(503, refused.statusCode());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(
        "{\"error\":{\"code\":\"overloaded\",\"message\":\"the service is answering 1 searches,"
            + " its limit, and none finished within 150 ms; retry in a second\"}}",
        refused.body());
    assertTrue(waitedMillis >= 140, "refused after " + waitedMillis + " ms, before the wait");
    assertEquals(200, server.get("/health").statusCode(), "health must answer under load");
    assertEquals(200, server.get("/ready").statusCode(), "readiness must answer under load");

    gate.open();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, server.get("/api/search?q=harbour").statusCode());
  }

  @Test
  void completionsAndArticlesHaveTheirOwnPermitsWhileSearchesUseAll() throws Exception {
    start(RunningServer.loopback().maxConcurrentSearches(1).build(), gate);
    awaitReady();
    CompletableFuture<HttpResponse<String>> held = searchHeldAtTheGate();

    HttpResponse<String> suggest = server.get("/api/suggest?q=harb");
    assertEquals(200, suggest.statusCode(), suggest.body());
    assertTrue(suggest.body().contains("Harbour reopens"), suggest.body());
    assertEquals(200, server.get("/api/articles/a").statusCode());
    assertEquals(503, server.get("/api/facets/section").statusCode(), "facets are a search");
    assertEquals(503, server.get("/api/articles/a/related").statusCode(), "related is a search");

    gate.open();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void aWaitingSearchRunsWhenAPermitIsReturnedWithinTheWait() throws Exception {
    AdmissionConfig oneWaitingLong = new AdmissionConfig(1, 1, 1, 10_000);
    start(
        RunningServer.loopback()
            .searches(oneWaitingLong)
            .suggestions(AdmissionConfig.of(2))
            .articles(AdmissionConfig.of(2))
            .publicMetrics(true)
            .build(),
        gate);
    awaitReady();
    CompletableFuture<HttpResponse<String>> held = searchHeldAtTheGate();
    CompletableFuture<HttpResponse<String>> waiting =
        server
            .client()
            .sendAsync(
                server.request("/api/search?q=harbour").build(),
                HttpResponse.BodyHandlers.ofString());
    awaitSearchesWaiting(1);
    try (HttpClient other = otherClient()) {
      HttpResponse<String> third =
          other.send(
              server.request("/api/search?q=harbour").build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(503, third.statusCode(), "the queue holds one");
      assertEquals(
          "{\"error\":{\"code\":\"overloaded\",\"message\":\"the service is answering 1"
              + " searches, its limit, and can queue no more; retry in a second\"}}",
          third.body());
    }
    assertTrue(!waiting.isDone(), "the second search did not wait");

    gate.open();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).statusCode());
    assertEquals(200, waiting.get(10, TimeUnit.SECONDS).statusCode());
  }

  @Test
  void oneClientGetsOnlyItsShareAndAnotherClientStillGetsIn() throws Exception {
    AdmissionConfig twoHalvesNoQueue = new AdmissionConfig(2, 1, 0, 0);
    start(
        RunningServer.loopback()
            .searches(twoHalvesNoQueue)
            .suggestions(AdmissionConfig.of(2))
            .articles(AdmissionConfig.of(2))
            .build(),
        gate);
    awaitReady();
    try (HttpClient other = otherClient()) {
      gate.shut();
      CompletableFuture<HttpResponse<String>> greedyHeld =
          other.sendAsync(
              server.request("/api/search?q=harbour").build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(gate.awaitArrival(), "the first search never reached the index");

      HttpResponse<String> overShare =
          other.send(
              server.request("/api/search?q=harbour").build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(429, overShare.statusCode());
      assertEquals("1", overShare.headers().firstValue("Retry-After").orElseThrow());
      assertEquals(
          "{\"error\":{\"code\":\"client_share\",\"message\":\"this client already has 1"
              + " searches in progress, its share of the 2; retry when one has finished\"}}",
          overShare.body());

      CompletableFuture<HttpResponse<String>> independent =
          server
              .client()
              .sendAsync(
                  server.request("/api/search?q=harbour").build(),
                  HttpResponse.BodyHandlers.ofString());
      assertTrue(gate.awaitArrival(), "another client's search was not let in");
      gate.open();
      assertEquals(200, greedyHeld.get(10, TimeUnit.SECONDS).statusCode());
      assertEquals(200, independent.get(10, TimeUnit.SECONDS).statusCode());
    }
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
    assertEquals(
        "{\"error\":{\"code\":\"unavailable\",\"message\":\"the service cannot take this"
            + " request now (it may be shutting down); retry in a second\"}}",
        server.get("/health").body());

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
