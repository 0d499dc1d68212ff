package newsearch.search.alert;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsearch.schema.NewsSchema;
import newsearch.search.InvalidRequestException;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.SearchRequest;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved searches and their alerts: the facade the HTTP routes call. A saved search is a search of
 * {@code /api/search} (its words and filters, parsed by {@link SearchParameters} and planned by the
 * searcher, so it matches what that search finds); every article that becomes searchable for the
 * first time is matched against all of them, within {@link AlertConfig#pollMillis} of the
 * searcher's refresh, and each match is recorded once, listed in the search's feed, and posted to
 * its webhook.
 *
 * <p>Everything lives in {@link #FILE} next to the index ({@link AlertStore}); the searches are
 * filed in memory for matching ({@link MatchIndex}) when this opens. Two background threads do the
 * work: one matches, one calls webhooks. Thread-safe. The caller closes it before the searcher.
 */
public final class SavedSearches implements Closeable {

  /** The store's file in the index directory. */
  public static final String FILE = "saved-searches.db";

  /** The longest name of a saved search. */
  public static final int MAX_NAME_CHARS = 200;

  private static final Logger log = LoggerFactory.getLogger(SavedSearches.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final NewsSearcher searcher;
  private final AlertConfig config;
  private final AlertStore store;
  private final MatchIndex index;
  private final ArticleMatcher matcher;
  private final WebhookSender sender;
  private final WebhookHosts hosts;
  private final Clock clock;
  private final ScheduledExecutorService workers;

  private SavedSearches(
      NewsSearcher searcher, NewsSchema schema, AlertStore store, AlertConfig config, Clock clock) {
    this.searcher = searcher;
    this.config = config;
    this.store = store;
    this.clock = clock;
    this.index = new MatchIndex(schema);
    this.matcher = new ArticleMatcher(searcher, store, index, config.matchBatch(), clock);
    this.sender = new WebhookSender(store, config, clock);
    this.hosts = new WebhookHosts(config.webhookHosts());
    this.workers = Executors.newScheduledThreadPool(2, SavedSearches::daemon);
  }

  /**
   * Opens the saved searches of the index at {@code indexRoot} ({@link #FILE}), files them for
   * matching, and starts matching new articles and calling webhooks.
   *
   * @throws AlertStoreException naming the file when the store cannot be opened or read
   */
  public static SavedSearches open(
      Path indexRoot, NewsSearcher searcher, NewsSchema schema, AlertConfig config, Clock clock)
      throws IOException {
    AlertStore store = AlertStore.open(indexRoot.resolve(FILE));
    try {
      SavedSearches alerts = new SavedSearches(searcher, schema, store, config, clock);
      alerts.start();
      return alerts;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private void start() throws IOException {
    for (SavedSearch search : store.all()) {
      try {
        index.add(search.id(), searcher.matchingQuery(request(search)));
      } catch (InvalidRequestException e) {
        log.error("saved search {} is not matched: {}", search.id(), e.getMessage());
      }
    }
    matcher.startAtTheNewest();
    log.info("saved searches: {} from {}", index.size(), store.file());
    workers.scheduleWithFixedDelay(
        () -> quietly("matching new articles", this::matchAndCall),
        0,
        config.pollMillis(),
        TimeUnit.MILLISECONDS);
    workers.scheduleWithFixedDelay(
        () -> quietly("calling webhooks", sender::deliverDue),
        config.pollMillis(),
        config.pollMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Matches new articles, and calls the webhooks at once when that recorded any match. */
  private void matchAndCall() throws IOException {
    if (matcher.matchNew() > 0) {
      workers.execute(() -> quietly("calling webhooks", sender::deliverDue));
    }
  }

  /** A saved search just created, with the secret its webhook calls are signed with. */
  public record Created(SavedSearch search, String secret) {}

  /**
   * Saves a search and starts matching it against new articles.
   *
   * @param webhook the URL to post matches to, or null for a feed only
   * @throws InvalidRequestException when the name, the search or the webhook is not acceptable
   */
  public Created create(
      String name, String query, List<String> sections, String from, String to, String webhook)
      throws IOException {
    if (name == null || name.isBlank() || name.length() > MAX_NAME_CHARS) {
      throw new InvalidRequestException(
          "invalid_name", "name must be 1 to " + MAX_NAME_CHARS + " characters");
    }
    if (webhook != null) {
      hosts.check(webhook);
    }
    SavedSearch search =
        new SavedSearch(
            randomHex(16),
            name.strip(),
            query == null ? "" : query.strip(),
            sections,
            from,
            to,
            webhook,
            Instant.ofEpochMilli(clock.millis()),
            false);
    Query matching = searcher.matchingQuery(request(search));
    String secret = randomHex(32);
    store.create(search, secret);
    index.add(search.id(), matching);
    return new Created(search, secret);
  }

  /**
   * The search request a saved search stands for, read as {@code /api/search} reads its parameters.
   */
  private static SearchRequest request(SavedSearch search) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of(search.query()));
    params.put("section", search.section());
    params.put("from", search.from() == null ? List.of() : List.of(search.from()));
    params.put("to", search.to() == null ? List.of() : List.of(search.to()));
    params.put("facets", List.of("false"));
    return SearchParameters.parse(params, 1);
  }

  /** Every saved search, oldest first. */
  public List<SavedSearch> all() throws IOException {
    return store.all();
  }

  /** The saved search with {@code id}. */
  public Optional<SavedSearch> get(String id) throws IOException {
    return store.get(id);
  }

  /** Removes a saved search, its matches and its delivery log; false when there was none. */
  public boolean delete(String id) throws IOException {
    index.remove(id);
    sender.forget(id);
    return store.delete(id);
  }

  /** The newest matches of a saved search, newest first; empty when there is no such search. */
  public Optional<List<AlertMatch>> feed(String id) throws IOException {
    if (store.get(id).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(store.newestMatches(id, config.feedEntries()));
  }

  /** The newest webhook calls of a saved search, newest first. */
  public Optional<List<Delivery>> deliveries(String id, int limit) throws IOException {
    if (store.get(id).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ArrayList<>(store.deliveries(id, limit)));
  }

  /** How many saved searches are filed for matching. */
  public int matching() {
    return index.size();
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** Background work that may fail; the next round tries again. */
  private interface Round {
    void run() throws IOException;
  }

  private static void quietly(String what, Round round) {
    try {
      round.run();
    } catch (Exception e) {
      log.warn("saved searches: {} failed; trying again", what, e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "saved-searches");
    t.setDaemon(true);
    return t;
  }

  /** Stops matching and calling, waiting for a round in progress, then closes the store. */
  @Override
  public void close() throws IOException {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      workers.shutdownNow();
    }
    sender.close();
    store.close();
  }
}
