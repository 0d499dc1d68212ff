package newsearch.search.rank;

import java.time.Clock;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time budget of one search, as Lucene checks it: between blocks of documents the matching asks
 * {@link #shouldExit}, and stops with the hits it has once the budget is spent.
 *
 * <p>It reads the searcher's clock, so that tests can spend the budget at will. Create one per
 * search; thread-safe.
 */
public final class SearchDeadline implements QueryTimeout {

  private final Clock clock;
  private final long deadlineMillis;

  /** A budget of {@code millis} from now on {@code clock}. */
  public SearchDeadline(Clock clock, long millis) {
    this.clock = clock;
    this.deadlineMillis = clock.millis() + millis;
  }

  @Override
  public boolean shouldExit() {
    return clock.millis() >= deadlineMillis;
  }
}
