package newsearch.search;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The base of the tests' clocks, which decide only what {@link #instant} answers: the zone is
 * always UTC, as the service's own clock is, and cannot be changed.
 */
public abstract class UtcTestClock extends Clock {

  @Override
  public final ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public final Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " is always UTC");
  }
}
