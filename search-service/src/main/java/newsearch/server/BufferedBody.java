package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * Receives a request body in full before the handler after it runs on a worker, so that a body that
 * arrives slowly holds no thread at all: its bytes are taken on the IO thread as they come.
 *
 * <ul>
 *   <li>The whole body must arrive within the timeout, however it trickles in; otherwise the answer
 *       is a 408 {@code body_timeout} and the connection is closed.
 *   <li>A body over the limit is read to its end and dropped, up to as many bytes again, and then
 *       answered with a 413 {@code too_large}: a client that sends its whole body before it reads
 *       gets that answer instead of a reset connection. One larger still is answered as soon as it
 *       passes that, and its connection closed. The listener's entity limit must allow {@link
 *       #readLimit} bytes.
 * </ul>
 *
 * <p>Runs on the IO thread, as the first handler after routing. Thread-safe.
 */
final class BufferedBody implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(BufferedBody.class);

  private static final AttachmentKey<Bytes> BODY = AttachmentKey.create(Bytes.class);

  private final long maxBytes;
  private final long timeoutMillis;
  private final HttpHandler next;

  /** Bodies of at most {@code maxBytes}, in full within {@code timeoutMillis}, for {@code next}. */
  BufferedBody(long maxBytes, long timeoutMillis, HttpHandler next) {
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
    this.next = next;
  }

  /** The most bytes read from a body of at most {@code maxBytes}: the body and as many again. */
  static long readLimit(long maxBytes) {
    return 2 * maxBytes;
  }

  /** The body received for {@code exchange}. */
  static InputStream of(HttpServerExchange exchange) {
    Bytes body = exchange.getAttachment(BODY);
    if (body == null) {
      throw new IllegalStateException("the route has no BufferedBody before its handler");
    }
    return body.read();
  }

  /** Received bytes, read in place rather than copied: a body may be tens of mebibytes. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes(int size) {
      super(size);
    }

    InputStream read() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    exchange.setMaxEntitySize(readLimit(maxBytes));
    new Receipt(exchange).start();
  }

  /** The body of one exchange as it arrives; touched on the exchange's IO thread only. */
  private final class Receipt {
    private final HttpServerExchange exchange;
    private final Bytes bytes;
    private long received;
    private boolean over;
    private boolean finished;
    private XnioExecutor.Key deadline;

    Receipt(HttpServerExchange exchange) {
      this.exchange = exchange;
      long declared = exchange.getRequestContentLength();
      // Sized for the declared length, but not trusting it with more than a mebibyte up front.
      this.bytes =
          new Bytes((int) Math.min(Math.max(declared, 8192), Math.min(maxBytes + 1, 1 << 20)));
    }

    void start() {
      deadline =
          exchange.getIoThread().executeAfter(this::expire, timeoutMillis, TimeUnit.MILLISECONDS);
      exchange.getRequestReceiver().receivePartialBytes(this::take, (ex, e) -> failed(e));
    }

    private void take(HttpServerExchange ex, byte[] chunk, boolean last) {
      if (finished) {
        return;
      }
      received += chunk.length;
      over |= received > maxBytes;
      if (!over) {
        bytes.write(chunk, 0, chunk.length);
      }
      if (!last) {
        return;
      }
      finish();
      if (over) {
        tooLarge();
        return;
      }
      exchange.putAttachment(BODY, bytes);
      exchange.dispatch(next);
    }

    private void failed(IOException e) {
      if (finished) {
        return;
      }
      finish();
      if (e instanceof RequestTooBigException) {
        tooLarge();
      } else {
        log.debug("request body not received: {}", e.toString());
        IoUtils.safeClose(exchange.getConnection());
      }
    }

    private void expire() {
      if (finished) {
        return;
      }
      finish();
      exchange.getRequestReceiver().pause();
      exchange.setPersistent(false);
      exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
      JsonHandler.send(
          exchange,
          StatusCodes.REQUEST_TIME_OUT,
          ErrorBody.of(
              "body_timeout",
              "the request body must arrive within "
                  + timeoutMillis
                  + " ms; "
                  + received
                  + " bytes had arrived"));
    }

    private void tooLarge() {
      JsonHandler.send(
          exchange,
          StatusCodes.REQUEST_ENTITY_TOO_LARGE,
          ErrorBody.of("too_large", "the request body may be at most " + maxBytes + " bytes"));
    }

    private void finish() {
      finished = true;
      deadline.remove();
    }
  }
}
