package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Requests that Undertow's parser refuses before any handler runs get the service's JSON error,
 * with the security headers, and are written to the access log and counted in the metrics.
 */
class UnparsedRequestsTest {

  private static final String BAD_REQUEST =
      "{\"error\":{\"code\":\"bad_request\",\"message\":\"the request is not valid HTTP/1.1 or"
          + " breaks a limit: at most 16384 bytes of request line and headers, at most 64"
          + " headers, percent-escapes written %XX, no control characters\"}}";

  @TempDir static Path dir;
  private static RunningServer server;
  private final Logger access = (Logger) LoggerFactory.getLogger("newsearch.access");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @BeforeAll
  static void start() throws IOException {
    server =
        RunningServer.with(
            dir,
            List.of(TestIndex.article("a", "Harbour", "Boats.")),
            RunningServer.loopback().publicMetrics(true).build());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @BeforeEach
  void capture() {
    access.setLevel(Level.INFO);
    access.setAdditive(false);
    captured.start();
    access.addAppender(captured);
  }

  @AfterEach
  void release() {
    access.detachAppender(captured);
    access.setAdditive(true);
    access.setLevel(null);
  }

  private static int port() {
    return server.server().port();
  }

  private void assertAnsweredAsJson(RawHttp.Answer answer) {
    assertEquals(400, answer.status(), answer.head());
    assertEquals(BAD_REQUEST, answer.body());
    assertTrue(
        answer.head().contains("\r\nContent-Type: application/json; charset=utf-8"), answer.head());
    assertTrue(answer.head().contains("\r\nX-Content-Type-Options: nosniff"), answer.head());
    assertTrue(answer.head().contains("\r\nConnection: close"), answer.head());
    // The access line of an earlier test's request may be written after its answer was read, so
    // only the lines of requests without a method and path are this request's.
    List<String> lines =
        captured.list.stream()
            .map(ILoggingEvent::getFormattedMessage)
            .filter(line -> line.startsWith("method=- "))
            .toList();
    assertEquals(1, lines.size(), captured.list.toString());
    assertTrue(
        lines.get(0).matches("method=- path=- status=400 bytes=[1-9][0-9]* ms=0"), lines.get(0));
  }

  @Test
  void aBadPercentEscapeIsAJsonError() throws Exception {
    assertAnsweredAsJson(RawHttp.get(port(), "/api/search?q=%zz"));
  }

  @Test
  void aNulByteInTheTargetIsAJsonError() throws Exception {
    assertAnsweredAsJson(RawHttp.get(port(), "/api/search?q=a\u0000b"));
  }

  @Test
  void headersOverTheLimitAreAJsonError() throws Exception {
    assertAnsweredAsJson(
        RawHttp.send(
            port(),
            "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                + "a".repeat(20_000)
                + "\r\n\r\n"));
  }

  @Test
  void aMalformedRequestLineIsAJsonError() throws Exception {
    assertAnsweredAsJson(RawHttp.send(port(), "GET /health HTTP/1.1 extra\r\n\r\n"));
  }

  @Test
  void unparsedRequestsAreCountedInTheMetrics() throws Exception {
    String before = server.get("/metrics").body();
    RawHttp.get(port(), "/api/search?q=%zz");
    RawHttp.get(port(), "/api/search?q=%zz");
    String after = server.get("/metrics").body();
    assertEquals(count(before) + 2, count(after), after);
    assertTrue(
        Pattern.compile(
                "(?m)^http_server_requests_seconds_count\\{method=\"other\",route=\"unparsed\","
                    + "status=\"400\"\\} [1-9]")
            .matcher(after)
            .find(),
        after);
  }

  private static double count(String metrics) {
    var matcher =
        Pattern.compile(
                "(?m)^newsearch_errors_total\\{code=\"bad_request\",route=\"unparsed\"\\} (\\S+)$")
            .matcher(metrics);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
