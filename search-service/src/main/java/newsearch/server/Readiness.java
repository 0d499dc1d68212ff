package newsearch.server;

import java.util.concurrent.atomic.AtomicReference;
import newsearch.search.SearchBackend;
import newsearch.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the service should be sent traffic: not while it warms up, yes once a first search and
 * completion have run over the open index, and no again once it has begun to shut down, so that a
 * balancer stops sending requests before the listener goes. Thread-safe.
 */
final class Readiness {

  private static final Logger log = LoggerFactory.getLogger(Readiness.class);

  /** Where the service is in its life. */
  enum State {
    WARMING_UP,
    READY,
    SHUTTING_DOWN
  }

  private final AtomicReference<State> state = new AtomicReference<>(State.WARMING_UP);

  /**
   * Runs the searches that load what the first users would otherwise wait for (the terms index, doc
   * values, stored fields, the highlighter's offsets, the suggester), then declares the service
   * ready. The suggester is built when the index opens; this makes sure it answers. A failure
   * leaves the service not ready and is logged.
   */
  void warmUp(SearchBackend searcher) {
    long start = System.nanoTime();
    try {
      searcher.search(SearchRequest.of("", 10));
      searcher.search(SearchRequest.of("news report", 10));
      searcher.suggest("ne", 8);
    } catch (Exception e) {
      log.error("warm-up failed; the service stays not ready", e);
      return;
    }
    if (state.compareAndSet(State.WARMING_UP, State.READY)) {
      log.info(
          "ready generation={} warm_up_ms={}",
          searcher.served(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** From now on the service is not ready, whatever happens to the warm-up. */
  void shutDown() {
    state.set(State.SHUTTING_DOWN);
  }

  State state() {
    return state.get();
  }
}
