package newsearch.search.suggest;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built {@link TitleSuggester} with a count of its users, so that {@link
 * BackgroundTitleSuggester} can replace it while completions run on it: it is closed when the count
 * drops to zero. It starts with one user, the one that publishes it. Thread-safe.
 */
final class SharedSuggester {

  private static final Logger log = LoggerFactory.getLogger(SharedSuggester.class);

  private final TitleSuggester suggester;
  private final long fingerprint;
  private final AtomicInteger references = new AtomicInteger(1);

  /** {@code suggester}, built from titles with {@code fingerprint}. */
  SharedSuggester(TitleSuggester suggester, long fingerprint) {
    this.suggester = suggester;
    this.fingerprint = fingerprint;
  }

  /** The suggester; valid between an {@link #acquire} that succeeded and its {@link #release}. */
  TitleSuggester suggester() {
    return suggester;
  }

  /** The fingerprint of the titles it was built from. */
  long fingerprint() {
    return fingerprint;
  }

  /** Counts one more user, unless it has already been closed; says whether it was counted. */
  boolean acquire() {
    for (int n = references.get(); n > 0; n = references.get()) {
      if (references.compareAndSet(n, n + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Counts one user less, and closes the suggester when none is left. */
  void release() {
    if (references.decrementAndGet() == 0) {
      try {
        suggester.close();
      } catch (IOException e) {
        log.warn("closing a title suggester failed", e);
      }
    }
  }
}
