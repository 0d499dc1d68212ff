package newsearch.bench.query;

import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread's place in the query list. Threads start at random places, so that
 * concurrent threads do not run the same query at the same moment and share its cached postings.
 * Public and not final: JMH generates subclasses of its state classes.
 */
@State(Scope.Thread)
public class QueryCursor {

  private int next;

  /** Picks this thread's starting place. */
  @Setup
  public void start() {
    next = ThreadLocalRandom.current().nextInt(1 << 20);
  }

  /** The index of the next query in a list of {@code size}. */
  int next(int size) {
    return Math.floorMod(next++, size);
  }
}
