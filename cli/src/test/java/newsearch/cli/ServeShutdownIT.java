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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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

  private static Path sampleArticles() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path articles = d.resolve("index-data").resolve("articles");
      if (Files.isDirectory(articles)) {
        return articles;
      }
    }
    throw new IllegalStateException("no index-data/articles above " + Path.of("").toAbsolutePath());
  }

  @Test
  void sigtermDrainsTheServerThenClosesTheIndexThenExits() throws Exception {
    Path output = dir.resolve("serve.log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path")));
    command.add(Newsearch.class.getName());
    command.addAll(
        List.of(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--index",
            dir.resolve("index").toString(),
            "--sample",
            sampleArticles().toString()));
    Process serve =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      int port = awaitPort(serve, output);
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
      serve.destroyForcibly();
    }
  }

  private static int awaitPort(Process serve, Path output) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && serve.isAlive()) {
      Matcher serving =
          SERVING.matcher(
              Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "");
      if (serving.find()) {
        return Integer.parseInt(serving.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "serve never said where it listens:\n" + Files.readString(output, StandardCharsets.UTF_8));
  }
}
