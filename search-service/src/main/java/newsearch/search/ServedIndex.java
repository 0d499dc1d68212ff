package newsearch.search;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * The generation of an index directory that is being served, and the searchers over it.
 *
 * <p>Thread-safe. Work runs on an acquired searcher that is released when the work is done, so
 * {@link #refresh} can switch to a new generation while work runs: each unit of work sees exactly
 * one generation, and an old generation closes when its last searcher is released. Closing this
 * object closes the served generation and its title completions.
 */
final class ServedIndex implements Closeable {

  private final IndexGenerations generations;
  private final NewsSchema schema;
  private final SearchConfig config;
  private final AtomicReference<Generation> live = new AtomicReference<>();
  private final BackgroundTitleSuggester suggester;

  /** One open generation. */
  private record Generation(Path dir, SearcherManager manager) {}

  /** A unit of work on one searcher. */
  interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /**
   * Opens the served generation of {@code generations}.
   *
   * @throws FileNotFoundException when no generation has been published there
   * @throws newsearch.schema.IncompatibleIndexException when it was built with another schema
   */
  ServedIndex(IndexGenerations generations, NewsSchema schema, SearchConfig config)
      throws IOException {
    this.generations = generations;
    this.schema = schema;
    this.config = config;
    this.suggester = new BackgroundTitleSuggester(schema, config.phraseMinTitles());
    try {
      live.set(openCurrent());
    } catch (IOException | RuntimeException e) {
      suggester.close();
      throw e;
    }
  }

  private Generation openCurrent() throws IOException {
    Path dir =
        generations
            .current()
            .orElseThrow(
                () ->
                    new FileNotFoundException(
                        "no index at " + generations.root() + ": run './newsearch reindex' first"));
    FSDirectory directory = FSDirectory.open(dir);
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      schema.checkCompatible(reader.getIndexCommit().getUserData(), generations.root().toString());
      return new Generation(
          dir, new SearcherManager(reader, FacetedSearcher.factory(schema, config, suggester)));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Makes new commits visible: switches to a newly published generation, or reopens the current one
   * when it has changed.
   */
  void refresh() throws IOException {
    Generation current = live.get();
    Optional<Path> published = generations.current();
    if (published.isPresent() && !published.get().equals(current.dir())) {
      Generation next = openCurrent();
      live.set(next);
      current.manager().close();
    } else {
      current.manager().maybeRefresh();
    }
  }

  /**
   * The title completions of the served generation, rebuilt in the background as it changes; valid
   * until this is closed.
   */
  BackgroundTitleSuggester suggester() {
    return suggester;
  }

  /** The directory name of the served generation, such as {@code gen-000003}. */
  String generation() {
    return live.get().dir().getFileName().toString();
  }

  /**
   * Runs {@code work} on an acquired searcher of the served generation. A generation closed by a
   * concurrent switch is retried on the new one.
   */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    while (true) {
      Generation generation = live.get();
      FacetedSearcher searcher;
      try {
        searcher = (FacetedSearcher) generation.manager().acquire();
      } catch (AlreadyClosedException switched) {
        continue;
      }
      try {
        return work.apply(searcher);
      } finally {
        generation.manager().release(searcher);
      }
    }
  }

  /** The served generation, its size, and when it was last committed, read from one reader. */
  IndexStatus status() throws IOException {
    return withSearcher(
        searcher -> {
          DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
          IndexCommit commit = reader.getIndexCommit();
          Path dir = ((FSDirectory) reader.directory()).getDirectory();
          long bytes = 0;
          for (String file : commit.getFileNames()) {
            bytes += sizeOf(dir.resolve(file));
          }
          Instant committed =
              Files.getLastModifiedTime(dir.resolve(commit.getSegmentsFileName())).toInstant();
          return new IndexStatus(dir.getFileName().toString(), reader.numDocs(), bytes, committed);
        });
  }

  /**
   * A file's size, or 0 once a writer has deleted it: an update's commit may remove files that an
   * older reader still has open.
   */
  private static long sizeOf(Path file) throws IOException {
    try {
      return Files.size(file);
    } catch (NoSuchFileException gone) {
      return 0;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      live.get().manager().close();
    } finally {
      suggester.close();
    }
  }
}
