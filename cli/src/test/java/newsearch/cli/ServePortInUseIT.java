package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsearch serve} in a child JVM, on a port this test holds open, says which port is taken
 * and which flag chooses another, and exits with 1 without a stack trace.
 */
class ServePortInUseIT {

  @TempDir Path dir;
  private Path index;

  @BeforeEach
  void buildTheSample() {
    index = dir.resolve("index");
    InProcessCommand.indexTheSample(index);
  }

  /** Runs {@code serve more...} over the index to its end; checks it exits 1; its output. */
  private String serveRefused(String... more) throws Exception {
    Path log = dir.resolve("serve.log");
    List<String> args =
        new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--index", index.toString()));
    args.addAll(List.of(more));
    int status =
        ChildCommand.run(ProcessBuilder.Redirect.to(log.toFile()), args.toArray(String[]::new));
    String output = Files.readString(log);
    assertEquals(1, status, output);
    assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
    assertFalse(output.contains("Exception"), output);
    return output;
  }

  @Test
  void aTakenPortIsNamedWithTheFlagThatChoosesAnother() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      String output = serveRefused("--port", String.valueOf(port), "--admin-port", "0");
      assertTrue(
          output.endsWith(
              "newsearch serve: port " + port + " is in use; choose another with --port\n"),
          output);
    }
  }

  @Test
  void aTakenAdminPortIsNamedWithItsFlag() throws Exception {
    Path token = dir.resolve("admin.token");
    Files.writeString(token, "token-for-the-taken-port-test-0123\n");
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      String output =
          serveRefused(
              "--port",
              "0",
              "--admin-port",
              String.valueOf(port),
              "--admin-token-file",
              token.toString());
      assertTrue(
          output.endsWith(
              "newsearch serve: port " + port + " is in use; choose another with --admin-port\n"),
          output);
    }
  }
}
