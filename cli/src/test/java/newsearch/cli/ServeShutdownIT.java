package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsearch serve} in a child JVM stops in order on SIGTERM: it drains the server, then
 * closes the index, and only then lets the JVM halt.
 */
class ServeShutdownIT {

  private static final Pattern SERVING = Pattern.compile("at http://localhost:(\\d+)/");

  @TempDir Path dir;

  @Test
  void sigtermDrainsTheServerThenClosesTheIndexThenExits() throws Exception {
    Path output = dir.resolve("serve.log");
    Process serve =
        ChildCommand.builder(ChildCommand.serveArgs(dir.resolve("index")))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      int port =
          Integer.parseInt(ChildCommand.awaitOutput(serve, output, SERVING, output).group(1));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> search =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + port + "/api/search?q=treaty"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, search.statusCode());

      serve.destroy();
      assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop after SIGTERM");
      assertEquals(143, serve.exitValue(), "exit status after SIGTERM");
      String log = Files.readString(output, StandardCharsets.UTF_8);
      int signal = log.indexOf("shutdown: signal received");
      int draining = log.indexOf("shutdown: draining requests in flight");
      int stopped = log.indexOf("shutdown: server stopped drained=true");
      int closed = log.indexOf("shutdown: index closed");
      assertTrue(
          signal >= 0 && signal < draining && draining < stopped && stopped < closed,
          "out of order or missing:\n" + log);
    } finally {
      ChildCommand.stop(serve);
    }
  }
}
