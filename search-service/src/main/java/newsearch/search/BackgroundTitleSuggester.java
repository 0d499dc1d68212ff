package newsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.IndexReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TitleSuggester} of one reader, built on a background thread: opening a large index (a
 * million articles) must not wait the many seconds the suggester takes to build. Until it is built,
 * a completion request waits a moment and then gets no completions, rather than an error.
 *
 * <p>The build holds a reference to the reader, so the reader stays open until its titles have been
 * read. Thread-safe. Whoever starts it closes it, when its reader closes; a suggester that finishes
 * building after that is closed at once.
 */
final class BackgroundTitleSuggester implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(BackgroundTitleSuggester.class);

  /**
   * How long a completion request waits for a build in progress. Small indexes build well within
   * it, so they always answer; a large one answers with nothing until it is ready.
   */
  private static final long WAIT_MILLIS = 1_000;

  private final CompletableFuture<TitleSuggester> built = new CompletableFuture<>();
  private volatile boolean closed;

  private BackgroundTitleSuggester() {}

  /** Starts building the suggester of {@code reader} on a new daemon thread. */
  static BackgroundTitleSuggester start(IndexReader reader, NewsSchema schema, int minTitles) {
    BackgroundTitleSuggester suggester = new BackgroundTitleSuggester();
    Thread.ofPlatform()
        .name("title-suggester")
        .daemon()
        .start(() -> suggester.build(reader, schema, minTitles));
    return suggester;
  }

  private void build(IndexReader reader, NewsSchema schema, int minTitles) {
    if (!reader.tryIncRef()) {
      built.cancel(false);
      return;
    }
    try {
      publish(TitleSuggester.build(reader, schema, minTitles));
    } catch (IOException | RuntimeException e) {
      log.warn("title suggester could not be built; completions stay empty", e);
      built.completeExceptionally(e);
    } finally {
      try {
        reader.decRef();
      } catch (IOException e) {
        log.warn("closing a reader after building its suggester failed", e);
      }
    }
  }

  private void publish(TitleSuggester suggester) throws IOException {
    synchronized (this) {
      if (!closed) {
        built.complete(suggester);
        return;
      }
    }
    suggester.close();
    built.cancel(false);
  }

  /**
   * Up to {@code size} completions of {@code typed}, best first; none while the suggester is still
   * being built after a short wait, when it could not be built, or once it is closed.
   */
  List<Suggestion> suggest(String typed, int size) throws IOException {
    if (closed) {
      return List.of();
    }
    TitleSuggester suggester;
    try {
      suggester = built.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException | CancellationException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
    return suggester.suggest(typed, size);
  }

  /** Closes the suggester if it is built, and makes a build still running close its result. */
  @Override
  public void close() throws IOException {
    TitleSuggester suggester;
    synchronized (this) {
      closed = true;
      suggester = built.isDone() && !built.isCompletedExceptionally() ? built.getNow(null) : null;
    }
    if (suggester != null) {
      suggester.close();
    }
  }
}
