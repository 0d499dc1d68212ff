package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.util.concurrent.Semaphore;

/**
 * Lets a bounded number of requests into the index at once and refuses the rest at once, with a 503
 * {@code overloaded} and {@code Retry-After: 1}: there is no queue to grow.
 *
 * <p>The decision is taken on the IO thread, before the request is handed to a worker, so a refused
 * request never waits for a worker and a worker is only ever given a request that may run. The
 * permit is returned when the handler has answered, not when a slow client has read the answer.
 * Thread-safe; one instance guards every index route of a server.
 */
final class SearchAdmission {

  private static final HttpString RETRY_AFTER = new HttpString("Retry-After");

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
      try {
        exchange.dispatch(
            () -> {
              try {
                next.handleRequest(exchange);
              } catch (Exception e) {
                // JsonHandler answers every failure itself; this is only reached by a bug.
                throw new IllegalStateException(e);
              } finally {
                permits.release();
              }
            });
      } catch (RuntimeException e) {
        permits.release();
        throw e;
      }
    };
  }

  /** Requests inside the index now. */
  int inFlight() {
    return limit - permits.availablePermits();
  }
}
