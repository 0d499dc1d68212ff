package newsearch.search.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsearch.schema.Json;
import newsearch.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the undelivered matches of each saved search to its webhook, a batch per call, signed
 * ({@link WebhookSignature}). A call that is refused, times out or answers other than 2xx is tried
 * again after a wait that doubles from {@link AlertConfig#webhookBackoffMillis}; after {@link
 * AlertConfig#webhookAttempts} calls the search is marked failing and its webhook is not called
 * again. Every call is logged in the store. A batch is marked delivered only once a receiver took
 * it, so a crash between the two sends it again: receivers get each match at least once and can
 * tell repeats by article id.
 *
 * <p>Thread-safe: {@link #deliverDue} runs one round at a time. The waits are kept in memory, so a
 * restart calls at once.
 */
final class WebhookSender {

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  /** Matches per call. */
  static final int BATCH = 100;

  private final AlertStore store;
  private final AlertConfig config;
  private final WebhookHosts hosts;
  private final HttpClient client;
  private final Clock clock;
  private final Map<String, Retry> retries = new ConcurrentHashMap<>();

  /** How often a batch has been tried, and when it may be tried next. */
  private record Retry(int attempts, long nextMillis) {}

  /** The body of a call: which saved search, and what it matched, oldest first. */
  record Body(String alert, String name, List<AlertMatch> matches) {}

  WebhookSender(AlertStore store, AlertConfig config, Clock clock) {
    this.store = store;
    this.config = config;
    this.hosts = new WebhookHosts(config.webhookHosts());
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(config.webhookTimeoutMillis()))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Calls the webhook of every saved search that has undelivered matches and whose turn it is. */
  synchronized void deliverDue() throws AlertStoreException {
    for (SavedSearch search : store.awaitingDelivery()) {
      Retry retry = retries.get(search.id());
      if (retry != null && clock.millis() < retry.nextMillis()) {
        continue;
      }
      List<AlertStore.Pending> pending = store.undelivered(search.id(), BATCH);
      if (!pending.isEmpty()) {
        deliver(search, pending, retry == null ? 1 : retry.attempts() + 1);
      }
    }
  }

  private void deliver(SavedSearch search, List<AlertStore.Pending> pending, int attempt)
      throws AlertStoreException {
    List<AlertMatch> matches = pending.stream().map(AlertStore.Pending::match).toList();
    byte[] body =
        Json.GSON
            .toJson(new Body(search.id(), search.name(), matches))
            .getBytes(StandardCharsets.UTF_8);
    long at = clock.millis();
    int status = 0;
    String error = null;
    try {
      URI target = hosts.check(search.webhook());
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofMillis(config.webhookTimeoutMillis()))
              .header("Content-Type", "application/json; charset=utf-8")
              .header(WebhookSignature.HEADER, WebhookSignature.of(secret(search), body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 != 2) {
        error = "the receiver answered " + status;
      }
    } catch (InvalidRequestException e) {
      error = e.getMessage();
      attempt = config.webhookAttempts();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    settle(
        search,
        pending,
        new Delivery(Instant.ofEpochMilli(at), attempt, matches.size(), status, null, error));
  }

  /** Logs {@code call}, its outcome decided here, and marks the search failing after the last. */
  private void settle(SavedSearch search, List<AlertStore.Pending> pending, Delivery call)
      throws AlertStoreException {
    int attempt = call.attempt();
    long through = pending.get(pending.size() - 1).seq();
    String outcome;
    if (call.error() == null) {
      outcome = "delivered";
      retries.remove(search.id());
    } else if (attempt >= config.webhookAttempts()) {
      outcome = "failed";
      retries.remove(search.id());
      log.warn(
          "saved search {} is failing: its webhook failed {} calls, the last with {}",
          search.id(),
          attempt,
          call.error());
    } else {
      outcome = "retrying";
      long wait = config.webhookBackoffMillis() << Math.min(attempt - 1, 20);
      retries.put(search.id(), new Retry(attempt, clock.millis() + wait));
    }
    store.logDelivery(
        search.id(),
        new Delivery(call.at(), attempt, call.articles(), call.status(), outcome, call.error()),
        through);
    if (outcome.equals("failed")) {
      store.markFailing(search.id());
    }
  }

  private String secret(SavedSearch search) throws AlertStoreException {
    return store.secret(search.id()).orElseThrow();
  }

  /** Forgets the waits of a saved search that was removed. */
  void forget(String id) {
    retries.remove(id);
  }

  /** Stops the client's threads. */
  void close() {
    client.close();
  }
}
