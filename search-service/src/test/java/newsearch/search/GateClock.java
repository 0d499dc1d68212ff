package newsearch.search;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The system clock, except that while it is shut every caller waits at it. A search reads the clock
 * first, so a shut gate holds searches open inside the service for as long as a test needs, without
 * sleeping or guessing at timings.
 */
public final class GateClock extends UtcTestClock {

  private final Clock system = Clock.systemUTC();
  private final Semaphore arrivals = new Semaphore(0);
  private volatile CountDownLatch gate;

  /** From now on callers wait until {@link #open}. */
  public void shut() {
    gate = new CountDownLatch(1);
  }

  /** Lets every waiting and future caller through. */
  public void open() {
    CountDownLatch shut = gate;
    gate = null;
    if (shut != null) {
      shut.countDown();
    }
  }

  /** Waits until a caller has arrived at the shut gate; false after 10 seconds without one. */
  public boolean awaitArrival() throws InterruptedException {
    return arrivals.tryAcquire(10, TimeUnit.SECONDS);
  }

  @Override
  public Instant instant() {
    CountDownLatch shut = gate;
    if (shut != null) {
      arrivals.release();
      try {
        shut.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return system.instant();
  }
}
