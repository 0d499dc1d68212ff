package newsearch.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback, a free port: records every call it gets (body, signature, when)
 * and answers each with the status it is set to. Closing it stops it.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One call as received. */
  record Call(byte[] body, String signature, long receivedNanos) {
    String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile int status = 200;

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          calls.add(
              new Call(
                  body,
                  exchange.getRequestHeaders().getFirst("X-Newsearch-Signature"),
                  System.nanoTime()));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** The URL of its hook. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Answers later calls with {@code value}. */
  void answer(int value) {
    status = value;
  }

  /** The calls received so far, in order. */
  List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
