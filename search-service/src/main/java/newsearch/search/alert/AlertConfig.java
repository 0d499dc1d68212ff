package newsearch.search.alert;

import java.util.List;
import java.util.Locale;

/**
 * How saved searches are matched and their webhooks called.
 *
 * @param webhookHosts the host names or addresses a webhook may call, exactly as written in its URL
 *     (case aside); empty allows none, so that the service cannot be made to probe a network
 * @param webhookTimeoutMillis how long one webhook call may take to connect and to answer
 * @param webhookAttempts calls of one batch before the alert is marked failing and its webhook is
 *     no longer called
 * @param webhookBackoffMillis the wait before the second call of a batch; each later wait doubles
 * @param pollMillis how often new articles are looked for; they become visible at the index's
 *     refresh
 * @param matchBatch new articles matched at once; more are matched in further batches
 * @param feedEntries entries of a saved search's feed
 */
public record AlertConfig(
    List<String> webhookHosts,
    long webhookTimeoutMillis,
    int webhookAttempts,
    long webhookBackoffMillis,
    long pollMillis,
    int matchBatch,
    int feedEntries) {

  /** Default timeout: five seconds, far longer than a receiver that only queues should take. */
  public static final long DEFAULT_WEBHOOK_TIMEOUT_MILLIS = 5_000;

  /** Default calls per batch: five, about half a minute of retrying with the default backoff. */
  public static final int DEFAULT_WEBHOOK_ATTEMPTS = 5;

  /** Default first wait between calls: one second, then 2, 4 and 8. */
  public static final long DEFAULT_WEBHOOK_BACKOFF_MILLIS = 1_000;

  /** Default look for new articles: ten times a second, well inside a second after a refresh. */
  public static final long DEFAULT_POLL_MILLIS = 100;

  /** Default batch: a thousand new articles, some megabytes of text at most. */
  public static final int DEFAULT_MATCH_BATCH = 1_000;

  /** Default feed: the fifty newest matches, as news feeds usually hold. */
  public static final int DEFAULT_FEED_ENTRIES = 50;

  /** The defaults: no webhook host allowed. */
  public static final AlertConfig DEFAULTS = builder().build();

  /** Rejects impossible values; host names are kept lower-cased. */
  public AlertConfig {
    webhookHosts =
        webhookHosts == null
            ? List.of()
            : webhookHosts.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .toList();
    requirePositive("webhookTimeoutMillis", webhookTimeoutMillis);
    requirePositive("webhookAttempts", webhookAttempts);
    requirePositive("webhookBackoffMillis", webhookBackoffMillis);
    requirePositive("pollMillis", pollMillis);
    requirePositive("matchBatch", matchBatch);
    requirePositive("feedEntries", feedEntries);
  }

  private static void requirePositive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private List<String> webhookHosts = List.of();
    private long webhookTimeoutMillis = DEFAULT_WEBHOOK_TIMEOUT_MILLIS;
    private int webhookAttempts = DEFAULT_WEBHOOK_ATTEMPTS;
    private long webhookBackoffMillis = DEFAULT_WEBHOOK_BACKOFF_MILLIS;
    private long pollMillis = DEFAULT_POLL_MILLIS;
    private int matchBatch = DEFAULT_MATCH_BATCH;
    private int feedEntries = DEFAULT_FEED_ENTRIES;

    private Builder() {}

    public Builder webhookHosts(List<String> value) {
      webhookHosts = value;
      return this;
    }

    public Builder webhookTimeoutMillis(long value) {
      webhookTimeoutMillis = value;
      return this;
    }

    public Builder webhookAttempts(int value) {
      webhookAttempts = value;
      return this;
    }

    public Builder webhookBackoffMillis(long value) {
      webhookBackoffMillis = value;
      return this;
    }

    public Builder pollMillis(long value) {
      pollMillis = value;
      return this;
    }

    public Builder matchBatch(int value) {
      matchBatch = value;
      return this;
    }

    public Builder feedEntries(int value) {
      feedEntries = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public AlertConfig build() {
      return new AlertConfig(
          webhookHosts,
          webhookTimeoutMillis,
          webhookAttempts,
          webhookBackoffMillis,
          pollMillis,
          matchBatch,
          feedEntries);
    }
  }
}
