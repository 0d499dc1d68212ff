package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.StatusCodes;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of requests of one kind into the index at once ({@link AdmissionConfig}),
 * shares them out fairly between clients, and keeps a short queue for the rest.
 *
 * <ul>
 *   <li>A request runs at once when a permit is free and its client (its remote address) has fewer
 *       than its share running.
 *   <li>Otherwise it waits, if the queue has room and its client has fewer than its share waiting,
 *       for at most the queue wait; a returned permit goes to the first waiting request whose
 *       client is under its share. Past the wait it is refused: 503 {@code overloaded}, {@code
 *       Retry-After: 1}.
 *   <li>Otherwise it is refused at once: 429 {@code client_share} when its client already has its
 *       share running, else 503 {@code overloaded}; both with {@code Retry-After: 1}.
 * </ul>
 *
 * <p>No thread blocks: the decision is taken on the IO thread, a waiting request holds neither an
 * IO thread nor a worker, and a worker is only ever given a request that may run. The permit is
 * returned just before the answer is written ({@link #returnPermit}), so a client that sends its
 * next request as soon as it has read an answer never finds its own permit still taken, and a slow
 * reader holds none. Thread-safe; one instance guards each kind of request of a server.
 */
final class SearchAdmission {

  private static final HttpString RETRY_AFTER = new HttpString("Retry-After");

  /** Returns the permit an admitted exchange holds; taken off the exchange when it is run. */
  private static final AttachmentKey<Runnable> PERMIT = AttachmentKey.create(Runnable.class);

  private final String what;
  private final AdmissionConfig config;

  /** Guarded by this: permits in use, each client's running and waiting requests, the queue. */
  private int inFlight;

  private final Map<InetAddress, Share> clients = new HashMap<>();
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();

  /** Admission of the requests that {@code what} names in messages ("searches"), as configured. */
  SearchAdmission(String what, AdmissionConfig config) {
    this.what = what;
    this.config = config;
  }

  /** What one client has: requests running and requests waiting. */
  private static final class Share {
    int running;
    int waiting;
  }

  /** A request in the queue, and whether its IO thread has let go of it yet. */
  private static final class Waiter {
    final HttpServerExchange exchange;
    final HttpHandler next;
    final InetAddress client;
    boolean parked;
    boolean admitted;

    Waiter(HttpServerExchange exchange, HttpHandler next, InetAddress client) {
      this.exchange = exchange;
      this.next = next;
      this.client = client;
    }
  }

  private enum Decision {
    RUN,
    WAIT,
    CLIENT_SHARE,
    FULL
  }

  /** {@code next}, behind this admission. */
  HttpHandler guard(HttpHandler next) {
    return exchange -> {
      InetAddress client = clientOf(exchange);
      Waiter waiter = new Waiter(exchange, next, client);
      switch (decide(waiter)) {
        case RUN -> runNow(exchange, next, client);
        // Parked once this call has returned: only then may another thread hand it a permit.
        case WAIT -> exchange.dispatch(SameThreadExecutor.INSTANCE, () -> park(waiter));
        case CLIENT_SHARE ->
            refuse(
                exchange,
                StatusCodes.TOO_MANY_REQUESTS,
                "client_share",
                "this client already has "
                    + config.perClient()
                    + " "
                    + what
                    + " in progress, its share of the "
                    + config.permits()
                    + "; retry when one has finished");
        case FULL -> refuseOverloaded(exchange, "can queue no more");
      }
    };
  }

  private void runNow(HttpServerExchange exchange, HttpHandler next, InetAddress client) {
    exchange.putAttachment(PERMIT, () -> release(client));
    try {
      exchange.dispatch(() -> run(exchange, next));
    } catch (RuntimeException e) {
      returnPermit(exchange);
      throw e;
    }
  }

  private synchronized Decision decide(Waiter waiter) {
    Share share = clients.computeIfAbsent(waiter.client, c -> new Share());
    if (inFlight < config.permits() && share.running < config.perClient()) {
      inFlight++;
      share.running++;
      return Decision.RUN;
    }
    if (queue.size() < config.queueLength()
        && share.waiting < config.perClient()
        && config.queueWaitMillis() > 0) {
      share.waiting++;
      queue.addLast(waiter);
      return Decision.WAIT;
    }
    forgetIfIdle(waiter.client, share);
    return share.running >= config.perClient() ? Decision.CLIENT_SHARE : Decision.FULL;
  }

  /**
   * On the IO thread, after the handler call: runs the waiter if admitted, else starts its clock.
   */
  private void park(Waiter waiter) {
    boolean admitted;
    synchronized (this) {
      waiter.parked = true;
      admitted = waiter.admitted;
    }
    if (admitted) {
      start(waiter);
      return;
    }
    waiter
        .exchange
        .getIoThread()
        .executeAfter(() -> expire(waiter), config.queueWaitMillis(), TimeUnit.MILLISECONDS);
  }

  private void expire(Waiter waiter) {
    synchronized (this) {
      if (waiter.admitted) {
        return;
      }
      queue.remove(waiter);
      Share share = clients.get(waiter.client);
      share.waiting--;
      forgetIfIdle(waiter.client, share);
    }
    refuseOverloaded(waiter.exchange, "none finished within " + config.queueWaitMillis() + " ms");
  }

  /** Returns a permit of {@code client}'s, handing it to the first waiter that may have it. */
  private void release(InetAddress client) {
    Waiter next = null;
    boolean startNow = false;
    synchronized (this) {
      inFlight--;
      Share share = clients.get(client);
      share.running--;
      forgetIfIdle(client, share);
      for (Iterator<Waiter> it = queue.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        Share theirs = clients.get(waiter.client);
        if (theirs.running < config.perClient()) {
          it.remove();
          theirs.waiting--;
          theirs.running++;
          inFlight++;
          waiter.admitted = true;
          next = waiter;
          startNow = waiter.parked;
          break;
        }
      }
    }
    if (startNow) {
      start(next);
    }
  }

  private void forgetIfIdle(InetAddress client, Share share) {
    if (share.running == 0 && share.waiting == 0) {
      clients.remove(client);
    }
  }

  /** Runs an admitted waiter on a worker; its exchange is out of any handler call by now. */
  private void start(Waiter waiter) {
    HttpServerExchange exchange = waiter.exchange;
    exchange.putAttachment(PERMIT, () -> release(waiter.client));
    try {
      exchange.getConnection().getWorker().execute(() -> run(exchange, waiter.next));
    } catch (RuntimeException e) {
      returnPermit(exchange);
      throw e;
    }
  }

  private static void run(HttpServerExchange exchange, HttpHandler next) {
    try {
      next.handleRequest(exchange);
    } catch (Exception e) {
      // JsonHandler answers every failure itself; this is only reached by a bug.
      throw new IllegalStateException(e);
    } finally {
      returnPermit(exchange);
    }
  }

  /** A 503 saying that all permits are in use, and {@code why} this request cannot wait. */
  private void refuseOverloaded(HttpServerExchange exchange, String why) {
    refuse(
        exchange,
        StatusCodes.SERVICE_UNAVAILABLE,
        "overloaded",
        "the service is answering "
            + config.permits()
            + " "
            + what
            + ", its limit, and "
            + why
            + "; retry in a second");
  }

  private static void refuse(HttpServerExchange exchange, int status, String code, String message) {
    exchange.getResponseHeaders().put(RETRY_AFTER, "1");
    JsonHandler.send(exchange, status, ErrorBody.of(code, message));
  }

  private static InetAddress clientOf(HttpServerExchange exchange) {
    InetSocketAddress source = exchange.getSourceAddress();
    return source == null ? InetAddress.getLoopbackAddress() : source.getAddress();
  }

  /** Returns the permit {@code exchange} holds, if it holds one; once only. */
  static void returnPermit(HttpServerExchange exchange) {
    Runnable release = exchange.removeAttachment(PERMIT);
    if (release != null) {
      release.run();
    }
  }

  /** Requests inside the index now. */
  synchronized int inFlight() {
    return inFlight;
  }

  /** Requests waiting for a permit now. */
  synchronized int waiting() {
    return queue.size();
  }
}
