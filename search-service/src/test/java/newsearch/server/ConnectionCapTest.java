package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At most {@code maxConnections} connections are open at once: past the cap a new connection waits,
 * unanswered, while the open ones are still served, and is served once one of them closes.
 */
class ConnectionCapTest {

  @TempDir Path dir;

  /** A kept-alive connection that asks for {@code /health} and reads one answer at a time. */
  private static final class KeptAlive implements AutoCloseable {
    private final Socket socket;

    KeptAlive(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(5_000);
    }

    /** Sends a request for {@code /health}, without waiting for the answer. */
    void ask() throws IOException {
      socket
          .getOutputStream()
          .write(
              "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
    }

    /** Reads one answer, within {@code millis}, and returns its status line. */
    String answer(int millis) throws IOException {
      socket.setSoTimeout(millis);
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("closed after " + head.toString(StandardCharsets.ISO_8859_1));
        }
        head.write(b);
      }
      String text = head.toString(StandardCharsets.ISO_8859_1);
      int length =
          text.lines()
              .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
              .map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip()))
              .findFirst()
              .orElseThrow();
      in.readNBytes(length);
      return text.lines().findFirst().orElseThrow();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void pastTheCapANewConnectionWaitsUntilAnOpenOneCloses() throws Exception {
    ServerConfig capped = RunningServer.loopback().maxConnections(4).build();
    try (RunningServer server =
        RunningServer.with(dir, List.of(TestIndex.article("a", "Harbour", "Boats.")), capped)) {
      int port = server.server().port();
      List<KeptAlive> open = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          KeptAlive connection = new KeptAlive(port);
          open.add(connection);
          connection.ask();
          assertEquals("HTTP/1.1 200 OK", connection.answer(5_000));
        }
        try (KeptAlive waiting = new KeptAlive(port)) {
          waiting.ask();
          assertThrows(SocketTimeoutException.class, () -> waiting.answer(500), "not held");

          open.get(1).ask();
          assertEquals("HTTP/1.1 200 OK", open.get(1).answer(5_000), "an open one must answer");

          open.remove(0).close();
          assertEquals("HTTP/1.1 200 OK", waiting.answer(5_000), "still held after a close");
        }
      } finally {
        for (KeptAlive connection : open) {
          connection.close();
        }
      }
    }
  }
}
