package newsearch.search;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves on by a fixed step each time it is read, so that a search's time budget runs
 * out after a known number of looks at the clock, whatever the speed of the machine.
 */
public final class SteppingClock extends UtcTestClock {

  private final AtomicLong millis;
  private final long stepMillis;

  /** Starts at {@code start} and moves on by {@code step} at every read. */
  public SteppingClock(Instant start, Duration step) {
    this.millis = new AtomicLong(start.toEpochMilli());
    this.stepMillis = step.toMillis();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.getAndAdd(stepMillis));
  }
}
