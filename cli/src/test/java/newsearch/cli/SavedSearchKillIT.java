package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved search survives a {@code kill -9} of the service that saved it: {@code serve} in a child
 * JVM answers the POST, is killed at once, and the next {@code serve} lists the search and serves
 * its feed.
 */
class SavedSearchKillIT {

  private static final String TOKEN = "token-for-the-kill-test-0123456789";
  private static final Pattern PORTS =
      Pattern.compile(
          "serving .* at http://localhost:(\\d+)/\\R"
              + "admin routes at http://127\\.0\\.0\\.1:(\\d+)/admin/");

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();

  /** A running {@code serve} and its two ports. */
  private record Serving(Process process, int port, int adminPort) {}

  private Serving serve(Path token, String name) throws Exception {
    Path output = dir.resolve(name + ".out");
    Process process =
        ChildCommand.builder(
                ChildCommand.serveArgs(
                    dir.resolve("index"), "--admin-token-file", token.toString()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    Matcher ports = ChildCommand.awaitOutput(process, output, PORTS, output);
    return new Serving(process, Integer.parseInt(ports.group(1)), Integer.parseInt(ports.group(2)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder admin(Serving serving, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serving.adminPort() + path))
        .header("Authorization", "Bearer " + TOKEN);
  }

  @Test
  void aSavedSearchAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
    Path token = dir.resolve("admin.token");
    Files.writeString(token, TOKEN + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
    Serving first = serve(token, "first");
    String id;
    try {
      HttpResponse<String> created =
          send(
              admin(first, "/api/alerts")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"name\":\"Treaty watch\",\"query\":\"treaty\"}")));
      assertEquals(200, created.statusCode(), created.body());
      id = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();
    } finally {
      ChildCommand.stop(first.process());
    }

    Serving second = serve(token, "second");
    try {
      HttpResponse<String> listed = send(admin(second, "/api/alerts/" + id).GET());
      assertEquals(200, listed.statusCode(), listed.body());
      JsonObject search = JsonParser.parseString(listed.body()).getAsJsonObject();
      assertEquals("Treaty watch", search.get("name").getAsString());
      HttpResponse<String> feed =
          send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + second.port() + "/api/alerts/" + id + "/feed.atom"))
                  .GET());
      assertEquals(200, feed.statusCode());
      assertTrue(
          feed.body().contains("<title type=\"text\">newsearch: Treaty watch</title>"),
          feed.body());
    } finally {
      ChildCommand.stop(second.process());
    }
  }
}
