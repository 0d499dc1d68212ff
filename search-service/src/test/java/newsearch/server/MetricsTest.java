package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics}: on the admin listener behind the token; public only when configured. */
class MetricsTest {

  @TempDir Path dir;
  private RunningServer server;

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private RunningServer start(ServerConfig config) throws IOException {
    server =
        new RunningServer(
            dir,
            List.of(
                TestIndex.article("a", "Harbour reopens", "The harbour reopened."),
                TestIndex.article("b", "Lighthouse", "The lamp shines.")),
            SearchConfig.DEFAULTS,
            Clock.systemUTC(),
            config,
            RunningServer.adminConfig());
    return server;
  }

  private String scrape() throws Exception {
    HttpResponse<String> response = server.send(server.admin("/metrics", RunningServer.TOKEN));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "text/plain; version=0.0.4; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    return response.body();
  }

  /**
   * The metrics once a line matches {@code regex}, or after five seconds: a request is recorded
   * when its exchange completes, which can be just after the client has read the answer.
   */
  private String scrapeUntil(String regex) throws Exception {
    Pattern line = Pattern.compile("(?m)^" + regex + "$");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    String metrics = scrape();
    while (!line.matcher(metrics).find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      metrics = scrape();
    }
    return metrics;
  }

  private static void assertLine(String metrics, String regex) {
    assertTrue(
        Pattern.compile("(?m)^" + regex + "$").matcher(metrics).find(),
        "no line matching " + regex + " in\n" + metrics);
  }

  @Test
  void requestsAreCountedPerRouteTemplateAndStatusWithLatencyBuckets() throws Exception {
    start(RunningServer.config());
    server.get("/api/search?q=harbour");
    server.get("/api/search?q=lighthouse");
    server.get("/api/search?page=0");
    server.get("/api/articles/secret-looking-id-42");
    String metrics =
        scrapeUntil(
            "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/articles/\\{id\\}\","
                + "status=\"404\"\\} 1");
    assertLine(
        metrics,
        "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/search\",status=\"200\"\\} 2");
    assertLine(
        metrics,
        "http_server_requests_seconds_bucket\\{method=\"GET\",route=\"/api/search\","
            + "status=\"200\",le=\"\\+Inf\"\\} 2");
    assertLine(
        metrics,
        "http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/articles/\\{id\\}\","
            + "status=\"404\"\\} 1");
    assertLine(
        metrics, "newsearch_errors_total\\{code=\"invalid_page\",route=\"/api/search\"\\} 1\\.0");
    assertFalse(metrics.contains("secret-looking-id-42"), "a raw path became a tag");
  }

  @Test
  void theIndexIsDescribedBySizeDocumentsGenerationAndCommitTime() throws Exception {
    start(RunningServer.config());
    String metrics = scrape();
    assertLine(metrics, "newsearch_index_documents 2\\.0");
    assertLine(metrics, "newsearch_index_generation 1\\.0");
    assertLine(metrics, "newsearch_index_size_bytes [1-9][0-9.E]+");
    assertLine(metrics, "newsearch_index_last_commit_seconds 1\\.[0-9]+E9");
    assertLine(metrics, "newsearch_searches_in_flight 0\\.0");
    assertLine(metrics, "jvm_memory_used_bytes\\{area=\"heap\",id=\".+\"\\} .+");
  }

  @Test
  void metricsNeedTheTokenAndAreNotOnThePublicPortByDefault() throws Exception {
    start(RunningServer.config());
    assertEquals(401, server.send(server.admin("/metrics", null)).statusCode());
    assertEquals(401, server.send(server.admin("/metrics", "not-the-token-at-all")).statusCode());
    assertEquals(404, server.get("/metrics").statusCode());
  }

  @Test
  void publicMetricsAreServedOnThePublicPortWhenConfigured() throws Exception {
    start(RunningServer.loopback().publicMetrics(true).build());
    HttpResponse<String> response = server.get("/metrics");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("newsearch_index_documents 2.0"), response.body());
  }
}
