package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.util.concurrent.Semaphore;

/**
 * Lets a bounded number of requests into the index at once and refuses the rest at once, with a 503
 * {@code overloaded} and {@code Retry-After: 1}: there is no queue to grow.
 *
 * <p>The decision is taken on the IO thread, before the request is handed to a worker, so a refused
 * request never waits for a worker and a worker is only ever given a request that may run. The
 * permit is returned just before the answer is written ({@link #returnPermit}), so a client that
 * sends its next request as soon as it has read an answer never finds its own permit still taken,
 * and a slow reader holds none. Thread-safe; one instance guards every index route of a server.
 */
final class SearchAdmission {

  private static final HttpString RETRY_AFTER = new HttpString("Retry-After");

  /** Returns the permit an admitted exchange holds; taken off the exchange when it is run. */
  private static final AttachmentKey<Runnable> PERMIT = AttachmentKey.create(Runnable.class);

  private final int limit;
  private final Semaphore permits;

  SearchAdmission(int limit) {
    this.limit = limit;
    this.permits = new Semaphore(limit);
  }

  /** {@code next}, behind this admission. */
  HttpHandler guard(HttpHandler next) {
    return exchange -> {
      if (!permits.tryAcquire()) {
        exchange.getResponseHeaders().put(RETRY_AFTER, "1");
        JsonHandler.send(
            exchange,
            StatusCodes.SERVICE_UNAVAILABLE,
            ErrorBody.of(
                "overloaded",
                "the service is answering " + limit + " searches, its limit; retry in a second"));
        return;
      }
      exchange.putAttachment(PERMIT, permits::release);
      try {
        exchange.dispatch(
            () -> {
              try {
                next.handleRequest(exchange);
              } catch (Exception e) {
                // JsonHandler answers every failure itself; this is only reached by a bug.
                throw new IllegalStateException(e);
              } finally {
                returnPermit(exchange);
              }
            });
      } catch (RuntimeException e) {
        returnPermit(exchange);
        throw e;
      }
    };
  }

  /** Returns the permit {@code exchange} holds, if it holds one; once only. */
  static void returnPermit(HttpServerExchange exchange) {
    Runnable release = exchange.removeAttachment(PERMIT);
    if (release != null) {
      release.run();
    }
  }

  /** Requests inside the index now. */
  int inFlight() {
    return limit - permits.availablePermits();
  }
}
