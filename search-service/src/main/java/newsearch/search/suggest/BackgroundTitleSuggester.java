package newsearch.search.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The title completions of the served index, rebuilt in the background as new readers open: opening
 * a large index (a million articles) must not wait the many seconds a {@link TitleSuggester} takes
 * to build, and a burst of updates must not start one build per update.
 *
 * <p>Builds are coalesced: at most one runs at a time, on one daemon thread, and at most one waits,
 * for the newest reader. A newer reader replaces the waiting one, whose build never starts. A build
 * whose titles are those of the suggester in use is skipped.
 *
 * <p>Completions come from the newest suggester built. While the build for the newest reader is
 * still to come, a request waits for it a moment, if builds have been quick (a small index, so
 * completions follow an update at once); otherwise, or when the moment passes, it is answered from
 * the suggester built before, and before the first build from none, rather than with an error.
 *
 * <p>It holds a reference to the waiting reader, which stays open until its titles and bodies have
 * been read. Thread-safe. Its creator closes it; a build that ends after that closes what it built.
 */
public final class BackgroundTitleSuggester implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(BackgroundTitleSuggester.class);

  /**
   * How long a completion request waits for the build of the newest reader, when the last build
   * took no longer. Small indexes build well within it, so they always answer from their newest
   * titles; a large one answers at once from the suggester it has.
   */
  private static final long WAIT_MILLIS = 1_000;

  /** Builds a suggester from articles; the costly step, which is what gets coalesced. */
  interface Builder {
    TitleSuggester build(SuggestionSource source) throws IOException;
  }

  private final NewsSchema schema;
  private final Builder builder;
  private final AtomicLong builds = new AtomicLong();
  private final AtomicInteger buildsRunning = new AtomicInteger();
  private final AtomicInteger peakBuildsRunning = new AtomicInteger();

  /**
   * Guarded by this: the reader whose build waits and its number in the order of requests, whether
   * the build thread runs, the number of the last reader dealt with, how long the last build took.
   */
  private IndexReader waiting;

  private long waitingNumber;
  private long requested;
  private long done;
  private long lastBuildMillis;
  private boolean building;
  private boolean closed;

  /** The newest suggester built; null before the first build and after closing. */
  private volatile SharedSuggester current;

  /**
   * Completions from titles, and the words and phrases of titles that {@code phraseMinTitles}
   * articles hold.
   */
  public BackgroundTitleSuggester(NewsSchema schema, int phraseMinTitles) {
    this(schema, source -> TitleSuggester.build(source, schema, phraseMinTitles));
  }

  /** Completions built by {@code builder}. */
  BackgroundTitleSuggester(NewsSchema schema, Builder builder) {
    this.schema = schema;
    this.builder = builder;
  }

  /**
   * Asks for the suggester of {@code reader}: its build runs after the one running now, unless a
   * newer reader asks before it starts. Returns at once.
   */
  public void rebuild(IndexReader reader) {
    if (!reader.tryIncRef()) {
      return;
    }
    IndexReader replaced;
    boolean start = false;
    synchronized (this) {
      if (closed) {
        replaced = reader;
      } else {
        replaced = waiting;
        waiting = reader;
        waitingNumber = ++requested;
        start = !building;
        building = true;
      }
    }
    if (replaced != null && replaced != reader) {
      log.debug("title suggester: a newer reader replaces one still waiting for its build");
    }
    release(replaced);
    if (start) {
      Thread.ofPlatform().name("title-suggester").daemon().start(this::buildWaiting);
    }
  }

  /** Builds for the waiting reader until none waits. */
  private void buildWaiting() {
    while (true) {
      IndexReader reader;
      long number;
      synchronized (this) {
        reader = waiting;
        number = waitingNumber;
        waiting = null;
        if (reader == null) {
          building = false;
          return;
        }
      }
      try {
        buildFrom(reader);
      } finally {
        release(reader);
        synchronized (this) {
          done = number;
          notifyAll();
        }
      }
    }
  }

  private void buildFrom(IndexReader reader) {
    try {
      SuggestionSource source = SuggestionSource.read(reader, schema, TitleSuggester.MAX_TITLES);
      long fingerprint = fingerprint(source.titles());
      SharedSuggester inUse = current;
      if (inUse != null && inUse.fingerprint() == fingerprint) {
        log.debug("title suggester: titles unchanged, kept the one in use");
        return;
      }
      builds.incrementAndGet();
      peakBuildsRunning.accumulateAndGet(buildsRunning.incrementAndGet(), Math::max);
      long start = System.nanoTime();
      try {
        publish(new SharedSuggester(builder.build(source), fingerprint));
      } finally {
        buildsRunning.decrementAndGet();
        synchronized (this) {
          lastBuildMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
      }
    } catch (IOException | RuntimeException e) {
      log.warn("title suggester could not be built; completions stay as they were", e);
    }
  }

  private void publish(SharedSuggester built) {
    SharedSuggester replaced;
    synchronized (this) {
      if (closed) {
        replaced = built;
      } else {
        replaced = current;
        current = built;
      }
    }
    if (replaced != null) {
      replaced.release();
    }
  }

  /**
   * Up to {@code size} completions of {@code typed}, best first, from the newest suggester built;
   * none before the first is built, when none could be built, or once this is closed.
   */
  public List<Suggestion> suggest(String typed, int size) throws IOException {
    awaitNewest();
    while (true) {
      SharedSuggester built = current;
      if (built == null) {
        return List.of();
      }
      // A suggester replaced and closed in between cannot be acquired; the newer one then can.
      if (built.acquire()) {
        try {
          return built.suggester().suggest(typed, size);
        } finally {
          built.release();
        }
      }
    }
  }

  /** Waits a moment for the newest reader's build, if the last build was as quick as that. */
  private synchronized void awaitNewest() {
    long wanted = requested;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (!closed && done < wanted && lastBuildMillis <= WAIT_MILLIS) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** How many suggesters have been built (builds skipped for unchanged titles are not counted). */
  public long builds() {
    return builds.get();
  }

  /** The most builds that ever ran at once; for tests of the coalescing, and diagnostics. */
  int peakBuildsRunning() {
    return peakBuildsRunning.get();
  }

  /** Stops building: the waiting reader is released, and the suggester in use closed. */
  @Override
  public void close() {
    IndexReader pending;
    SharedSuggester inUse;
    synchronized (this) {
      closed = true;
      pending = waiting;
      waiting = null;
      inUse = current;
      current = null;
      notifyAll();
    }
    release(pending);
    if (inUse != null) {
      inUse.release();
    }
  }

  private static void release(IndexReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.decRef();
    } catch (IOException e) {
      log.warn("closing a reader after building its suggester failed", e);
    }
  }

  /**
   * A fingerprint of a list of titles that does not depend on their order, which merges change: the
   * sum and the xor of a 64-bit hash of each title, and their number.
   */
  static long fingerprint(List<String> titles) {
    long sum = 0;
    long xor = 0;
    for (String title : titles) {
      long hash = 0xcbf29ce484222325L;
      for (int i = 0; i < title.length(); i++) {
        hash = (hash ^ title.charAt(i)) * 0x100000001b3L;
      }
      hash ^= hash >>> 33;
      hash *= 0xff51afd7ed558ccdL;
      hash ^= hash >>> 33;
      sum += hash;
      xor ^= hash;
    }
    return (sum * 31 + xor) * 31 + titles.size();
  }
}
