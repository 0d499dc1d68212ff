package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies of {@code POST /admin/articles} over raw sockets: chunked bodies up to the admin
 * limit are taken, larger ones answered with a 413, and bodies that trickle in hold no worker and
 * are cut off with a 408 at the body timeout.
 */
class AdminBodiesTest {

  /** The admin limit of these tests: 4 MiB, four times the public listener's body limit. */
  private static final long LIMIT = 4L << 20;

  @TempDir Path dir;
  private RunningServer server;

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private void start(long bodyTimeoutMillis) throws IOException {
    start(new AdminConfig("127.0.0.1", 0, RunningServer.TOKEN, LIMIT, bodyTimeoutMillis));
  }

  private void start(AdminConfig admin) throws IOException {
    server =
        RunningServer.withAdmin(
            dir, List.of(TestIndex.article("a", "Harbour reopens", "Boats are back.")), admin);
  }

  private Socket adminSocket() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.server().adminPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static String postHead(String framing) {
    return "POST /admin/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + RunningServer.TOKEN
        + "\r\nConnection: close\r\n"
        + framing
        + "\r\n\r\n";
  }

  /** JSON Lines of articles {@code n0}, {@code n1}, ... until the text is {@code bytes} long. */
  private static byte[] articles(long bytes) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; lines.length() < bytes; i++) {
      lines.append(
          String.format(
              Locale.ROOT,
              "{\"id\":\"n%d\",\"title\":\"Ferry timetable %d\",\"body\":\"%s\"}\n",
              i,
              i,
              "The ferry sails at dawn. ".repeat(40)));
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Sends {@code body} in chunks of 64 KiB, then reads the whole answer. */
  private RawHttp.Answer postChunked(byte[] body) throws IOException {
    try (Socket socket = adminSocket()) {
      OutputStream out = socket.getOutputStream();
      out.write(postHead("Transfer-Encoding: chunked").getBytes(StandardCharsets.ISO_8859_1));
      for (int at = 0; at < body.length; at += 1 << 16) {
        int n = Math.min(1 << 16, body.length - at);
        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, at, n);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static RawHttp.Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      in.transferTo(bytes);
    } catch (SocketTimeoutException | java.net.SocketException closed) {
      // What arrived before the socket closed or went quiet is the answer.
    }
    String text = bytes.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      return new RawHttp.Answer(-1, text, "");
    }
    return new RawHttp.Answer(
        Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
  }

  @Test
  void aChunkedBodyLargerThanThePublicLimitButWithinTheAdminLimitIsIndexed() throws Exception {
    start(AdminConfig.DEFAULT_BODY_TIMEOUT_MILLIS);
    byte[] body = articles(2L << 20);
    RawHttp.Answer answer = postChunked(body);
    assertEquals(200, answer.status(), answer.head() + "\n" + answer.body());
    long lines = new String(body, StandardCharsets.UTF_8).lines().count();
    assertTrue(answer.body().contains("\"added\":" + lines), answer.body());
  }

  @Test
  void aChunkedBodyOverTheAdminLimitIsA413WithAJsonBody() throws Exception {
    start(AdminConfig.DEFAULT_BODY_TIMEOUT_MILLIS);
    RawHttp.Answer answer = postChunked(articles(LIMIT + (1 << 20)));
    assertEquals(413, answer.status(), answer.head());
    assertEquals(
        "{\"error\":{\"code\":\"too_large\",\"message\":\"the request body may be at most 4194304"
            + " bytes\"}}",
        answer.body());
  }

  @Test
  void aChunkedUploadOverTheDefault64MiBIsA413WithAJsonBody() throws Exception {
    start(RunningServer.adminConfig());
    byte[] line = ("x".repeat((1 << 20) - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
    RawHttp.Answer answer;
    try (Socket socket = adminSocket()) {
      OutputStream out = socket.getOutputStream();
      out.write(postHead("Transfer-Encoding: chunked").getBytes(StandardCharsets.ISO_8859_1));
      for (int i = 0; i < 65; i++) {
        out.write(
            (Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(line);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      answer = read(socket.getInputStream());
    }
    assertEquals(413, answer.status(), answer.head());
    assertEquals(
        "{\"error\":{\"code\":\"too_large\",\"message\":\"the request body may be at most 67108864"
            + " bytes\"}}",
        answer.body());
  }

  @Test
  void slowBodiesHoldNoWorkerAndAreCutOffAtTheBodyTimeout() throws Exception {
    start(1_500);
    List<Socket> slow = new ArrayList<>();
    List<Thread> tricklers = new ArrayList<>();
    try {
      // More slow senders than the admin listener has workers (4).
      for (int i = 0; i < 6; i++) {
        Socket socket = adminSocket();
        slow.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(postHead("Content-Length: 1000").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        tricklers.add(Thread.ofVirtual().start(() -> trickle(out)));
      }
      Thread.sleep(300);
      for (String path : List.of("/metrics", "/admin/refresh")) {
        HttpRequest.Builder request =
            server.admin(path, RunningServer.TOKEN).timeout(Duration.ofSeconds(1));
        if (path.startsWith("/admin")) {
          request.POST(HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = server.send(request);
        assertEquals(200, answer.statusCode(), path + " while bodies trickle in");
      }
      for (Socket socket : slow) {
        RawHttp.Answer answer = read(socket.getInputStream());
        assertEquals(408, answer.status(), answer.head());
        assertTrue(
            answer
                .body()
                .startsWith(
                    "{\"error\":{\"code\":\"body_timeout\",\"message\":\"the request body must"
                        + " arrive within 1500 ms; "),
            answer.body());
      }
    } finally {
      for (Thread trickler : tricklers) {
        trickler.interrupt();
      }
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  /** Sends one byte every 100 ms until the connection or the thread is closed. */
  private static void trickle(OutputStream out) {
    try {
      for (int i = 0; i < 1000; i++) {
        out.write('{');
        out.flush();
        Thread.sleep(100);
      }
    } catch (IOException | InterruptedException stopped) {
      // The server answered and closed, or the test is over.
    }
  }
}
