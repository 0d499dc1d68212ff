package newsearch.search.index;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.UnreadableCurrentException;
import newsearch.schema.IncompatibleIndexException;
import newsearch.schema.NewsSchema;
import newsearch.search.IndexStatus;
import newsearch.search.SearchConfig;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.suggest.BackgroundTitleSuggester;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation of an index directory that is being served, and the searchers over it.
 *
 * <p>Thread-safe. Work runs on an acquired searcher that is released when the work is done, so
 * {@link #refresh} can switch to a new generation while work runs: each unit of work sees exactly
 * one generation, and an old generation closes when its last searcher is released. Refreshes are
 * serialised, and each switch closes the generation it replaces, its reader and its directory.
 * Every generation is checked by its {@link GenerationSource} (schema, checksums) before it is
 * served; one that fails is refused, logged once, and the old one stays served. Closing this object
 * closes the served generation and its title completions.
 */
public final class ServedIndex implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(ServedIndex.class);

  private final GenerationSource generations;
  private final NewsSchema schema;
  private final SearchConfig config;
  private final AtomicReference<Generation> live = new AtomicReference<>();
  private final BackgroundTitleSuggester suggester;

  /** The publication last refused, and why: it is neither checked nor logged again. */
  private Refusal refused;

  /** One open generation; closing it closes its searchers and then its directory. */
  private record Generation(Path dir, Directory directory, SearcherManager manager)
      implements Closeable {
    String name() {
      return dir.getFileName().toString();
    }

    @Override
    public void close() throws IOException {
      try {
        manager.close();
      } finally {
        directory.close();
      }
    }
  }

  /** What the publication said when a generation was refused, and the reason. */
  private record Refusal(Object stamp, RuntimeException reason) {}

  /** A unit of work on one searcher. */
  public interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /**
   * Opens the served generation of {@code generations}.
   *
   * @throws FileNotFoundException when no generation has been published there
   * @throws newsearch.indexer.UnreadableCurrentException when generations exist but which one is
   *     published cannot be read
   * @throws CorruptGenerationException when the served generation fails its check
   * @throws newsearch.schema.IncompatibleIndexException when it was built with another schema
   */
  public ServedIndex(GenerationSource generations, NewsSchema schema, SearchConfig config)
      throws IOException {
    this.generations = generations;
    this.schema = schema;
    this.config = config;
    this.suggester = new BackgroundTitleSuggester(schema, config.suggestions().phraseMinTitles());
    try {
      live.set(open(published()));
    } catch (IOException | RuntimeException ex) {
      suggester.close();
      throw ex;
    }
  }

  private Path published() throws IOException {
    return generations
        .published()
        .orElseThrow(
            () ->
                new FileNotFoundException(
                    "no index at " + generations.location() + ": run './newsearch reindex' first"));
  }

  /** Opens {@code dir}, checked, and the searchers over it. */
  private Generation open(Path dir) throws IOException {
    long start = System.nanoTime();
    GenerationSource.Opened opened = generations.open(dir);
    try {
      log.info(
          "opened {}: {} articles, checksums verified in {} ms",
          dir.getFileName(),
          opened.reader().numDocs(),
          (System.nanoTime() - start) / 1_000_000);
      return new Generation(
          dir,
          opened.directory(),
          new SearcherManager(opened.reader(), FacetedSearcher.factory(schema, config, suggester)));
    } catch (IOException | RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /**
   * Makes new commits visible: switches to a newly published generation, or reopens the current one
   * when it has changed. A published generation that cannot be served is refused: the current one
   * stays served, and every refresh until {@code CURRENT} changes again throws the same exception
   * without checking again.
   *
   * @throws CorruptGenerationException when the published generation fails its check
   * @throws newsearch.indexer.UnreadableCurrentException when {@code CURRENT} cannot be read
   * @throws newsearch.schema.IncompatibleIndexException when another schema version wrote it
   */
  public synchronized void refresh() throws IOException {
    Generation current = live.get();
    Object stamp = generations.stamp();
    if (refused != null && refused.stamp().equals(stamp)) {
      throw refused.reason();
    }
    try {
      Optional<Path> published = generations.published();
      refused = null;
      if (published.isPresent() && !published.get().equals(current.dir())) {
        switchTo(open(published.get()), current);
        return;
      }
    } catch (CorruptGenerationException
        | UnreadableCurrentException
        | IncompatibleIndexException e) {
      refused = new Refusal(stamp, e);
      log.error("still serving {}: {}", current.name(), e.getMessage());
      throw e;
    }
    current.manager().maybeRefresh();
  }

  private void switchTo(Generation next, Generation replaced) {
    live.set(next);
    try {
      replaced.close();
    } catch (IOException e) {
      log.warn("closing the replaced generation {} failed", replaced.name(), e);
    }
    log.info("now serving {}, replacing {}", next.name(), replaced.name());
  }

  /**
   * The title completions of the served generation, rebuilt in the background as it changes; valid
   * until this is closed.
   */
  public BackgroundTitleSuggester suggester() {
    return suggester;
  }

  /** The directory name of the served generation, such as {@code gen-000003}. */
  public String generation() {
    return live.get().name();
  }

  /**
   * Runs {@code work} on an acquired searcher of the served generation. A generation closed by a
   * concurrent switch is retried on the new one.
   */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
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
  public IndexStatus status() throws IOException {
    return withSearcher(
        searcher -> {
          DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
          IndexCommit commit = reader.getIndexCommit();
          Path dir = ((FSDirectory) FilterDirectory.unwrap(reader.directory())).getDirectory();
          long bytes = 0;
          for (String file : commit.getFileNames()) {
            bytes += sizeOf(dir.resolve(file));
          }
          Instant committed =
              Files.getLastModifiedTime(dir.resolve(commit.getSegmentsFileName())).toInstant();
          return new IndexStatus(dir.getFileName().toString(), reader.numDocs(), bytes, committed);
        });
  }

  /** The served generation and its commit, read from one reader. */
  public ServedCommit commit() throws IOException {
    return withSearcher(
        searcher -> {
          DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
          IndexCommit commit = reader.getIndexCommit();
          Path dir = ((FSDirectory) FilterDirectory.unwrap(reader.directory())).getDirectory();
          Instant committed =
              Files.getLastModifiedTime(dir.resolve(commit.getSegmentsFileName())).toInstant();
          return new ServedCommit(dir.getFileName().toString(), commit.getGeneration(), committed);
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
  public synchronized void close() throws IOException {
    try {
      live.get().close();
    } finally {
      suggester.close();
    }
  }
}
