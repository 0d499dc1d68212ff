package newsearch.server;

import java.time.Duration;

/**
 * Waits for an outcome rather than for a guessed time: polls a condition every few milliseconds
 * until it holds or a deadline passes. A fast machine goes on at once; a slow one gets until the
 * deadline, which is far beyond what the outcome should take.
 */
final class Eventually {

  /** Between two looks at the condition. */
  private static final long POLL_MILLIS = 10;

  /** Something to look at; it may send a request. */
  @FunctionalInterface
  interface Condition {
    boolean holds() throws Exception;
  }

  private Eventually() {}

  /** Whether {@code condition} holds within {@code timeout}. */
  static boolean within(Duration timeout, Condition condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      Thread.sleep(POLL_MILLIS);
    }
    return true;
  }

  /**
   * Waits until {@code condition} holds; fails saying what did not happen within {@code timeout}.
   */
  static void await(String what, Duration timeout, Condition condition) throws Exception {
    if (!within(timeout, condition)) {
      throw new AssertionError(what + " did not happen within " + timeout.toMillis() + " ms");
    }
  }
}
