package newsearch.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import newsearch.schema.Json;
import org.xnio.StreamConnection;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.StreamSinkConduit;

/**
 * Answers the requests that Undertow's parser refuses with the service's JSON error, and logs and
 * counts them like every other answer.
 *
 * <p>Undertow reads the request line and headers before any handler runs. A bad percent-escape, a
 * control character, too many headers or too many bytes of them, a malformed line: each makes it
 * write a fixed {@code 400 Bad Request} with an empty body and close the connection, and no
 * handler, access log or metric ever sees the request. So the output of each connection is wrapped
 * at the bottom, beneath Undertow, and exactly that answer is replaced on its way out. Which rule
 * the request broke is Undertow's to know; the message lists the rules. Thread-safe.
 */
final class UnparsedRequests {

  /** What Undertow writes, byte for byte ({@code HttpReadListener.BAD_REQUEST}). */
  private static final byte[] UNDERTOWS_ANSWER =
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  private final byte[] answer;
  private final ServiceMetrics metrics;

  /** Answers naming the limits of {@code config}, counted in {@code metrics}. */
  UnparsedRequests(ServerConfig config, ServiceMetrics metrics) {
    this.metrics = metrics;
    String body =
        Json.GSON.toJson(
            ErrorBody.of(
                "bad_request",
                "the request is not valid HTTP/1.1 or breaks a limit: at most "
                    + config.maxHeaderBytes()
                    + " bytes of request line and headers, at most "
                    + SearchServer.MAX_HEADERS
                    + " headers, percent-escapes written %XX, no control characters"));
    StringBuilder head = new StringBuilder("HTTP/1.1 400 Bad Request\r\n");
    head.append("Content-Type: application/json; charset=utf-8\r\n");
    SecurityHeaders.HEADERS.forEach(
        (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    head.append("Content-Length: ").append(bytes.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
    this.answer = new byte[start.length + bytes.length];
    System.arraycopy(start, 0, answer, 0, start.length);
    System.arraycopy(bytes, 0, answer, start.length, bytes.length);
  }

  /** Watches what {@code connection} sends; call before Undertow takes the connection over. */
  void watch(StreamConnection connection) {
    connection.getSinkChannel().setConduit(new Replacing(connection.getSinkChannel().getConduit()));
  }

  private static boolean isUndertowsAnswer(ByteBuffer src) {
    return src.remaining() == UNDERTOWS_ANSWER.length
        && src.duplicate().equals(ByteBuffer.wrap(UNDERTOWS_ANSWER));
  }

  /** A connection's output, which swaps Undertow's empty 400 for the JSON one. */
  private final class Replacing extends AbstractStreamSinkConduit<StreamSinkConduit> {

    /** The JSON answer still to be written; null until Undertow refused a request. */
    private ByteBuffer pending;

    private boolean terminateWhenWritten;

    Replacing(StreamSinkConduit next) {
      super(next);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (pending == null && isUndertowsAnswer(src)) {
        int taken = src.remaining();
        src.position(src.limit());
        pending = ByteBuffer.wrap(answer);
        AccessLogToSlf4j.logUnparsed(answer.length);
        metrics.unparsed();
        writePending();
        return taken;
      }
      return writePending() ? next.write(src) : 0;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offs, int len) throws IOException {
      return writePending() ? next.write(srcs, offs, len) : 0;
    }

    @Override
    public int writeFinal(ByteBuffer src) throws IOException {
      return writePending() ? next.writeFinal(src) : 0;
    }

    @Override
    public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
      return writePending() ? next.writeFinal(srcs, offs, len) : 0;
    }

    @Override
    public boolean flush() throws IOException {
      if (!writePending()) {
        return false;
      }
      if (terminateWhenWritten) {
        terminateWhenWritten = false;
        next.terminateWrites();
      }
      return next.flush();
    }

    @Override
    public void terminateWrites() throws IOException {
      if (writePending()) {
        next.terminateWrites();
      } else {
        terminateWhenWritten = true;
      }
    }

    /** Writes what it can of the JSON answer; true once all of it is written (or there is none). */
    private boolean writePending() throws IOException {
      if (pending == null || !pending.hasRemaining()) {
        return true;
      }
      next.write(pending);
      return !pending.hasRemaining();
    }
  }
}
