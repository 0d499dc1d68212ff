package newsearch.server;

/**
 * How many requests of one kind (searches, completions, articles) may be inside the index at once,
 * how much of that one client may take, and how the rest wait.
 *
 * @param permits requests of this kind served at once
 * @param perClient how many of them one client (one remote address) may have running, and also how
 *     many it may have waiting; fewer than {@code permits}, so that one greedy client cannot take
 *     them all and another client still gets in. Behind a reverse proxy every request comes from
 *     the proxy's address: set it to {@code permits} there
 * @param queueLength how many requests may wait for a permit, all clients together; one more is
 *     refused at once with a 503
 * @param queueWaitMillis how long a request waits for a permit before it is refused with a 503 and
 *     {@code Retry-After}; 0 refuses at once
 */
public record AdmissionConfig(int permits, int perClient, int queueLength, long queueWaitMillis) {

  /**
   * Default wait for a permit: a few searches' time. A burst a little larger than the permits is
   * then served instead of refused, while a client of an overloaded service still hears within a
   * fraction of a second that it should retry, and waiting requests never pile up for long.
   */
  public static final long DEFAULT_QUEUE_WAIT_MILLIS = 150;

  /** Rejects a pool without permits, a share outside 1 to {@code permits}, a negative wait. */
  public AdmissionConfig {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, got " + permits);
    }
    if (perClient < 1 || perClient > permits) {
      throw new IllegalArgumentException(
          "perClient must be between 1 and " + permits + " (the permits), got " + perClient);
    }
    if (queueLength < 0) {
      throw new IllegalArgumentException("queueLength must be at least 0, got " + queueLength);
    }
    if (queueWaitMillis < 0) {
      throw new IllegalArgumentException(
          "queueWaitMillis must be at least 0, got " + queueWaitMillis);
    }
  }

  /**
   * {@code permits} at once, half of them (rounded up) for one client, as many again waiting for up
   * to {@link #DEFAULT_QUEUE_WAIT_MILLIS}.
   */
  public static AdmissionConfig of(int permits) {
    return new AdmissionConfig(
        permits, Math.max(1, (permits + 1) / 2), permits, DEFAULT_QUEUE_WAIT_MILLIS);
  }

  /** A copy letting one client have {@code share} requests running, and as many waiting. */
  public AdmissionConfig withPerClient(int share) {
    return new AdmissionConfig(permits, share, queueLength, queueWaitMillis);
  }

  /** A copy letting {@code length} requests wait for up to {@code millis} each. */
  public AdmissionConfig withQueue(int length, long millis) {
    return new AdmissionConfig(permits, perClient, length, millis);
  }
}
