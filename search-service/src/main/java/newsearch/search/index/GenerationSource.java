package newsearch.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * Where the served index comes from, as the search core needs it: which generation is published, a
 * stamp that changes with every publication, and each generation opened once it has passed its
 * checks. {@link PublishedGenerations} adapts the indexer's generations. Implementations are
 * thread-safe.
 */
public interface GenerationSource {

  /** Where the generations are, to name in messages, such as an index directory's path. */
  String location();

  /**
   * The directory of the published generation, or empty when nothing was ever published.
   *
   * @throws newsearch.indexer.UnreadableCurrentException when generations exist but which one is
   *     published cannot be read
   */
  Optional<Path> published() throws IOException;

  /**
   * What the publication says now, without judging it: cheap enough to ask every refresh. Two
   * stamps are equal exactly when nothing was published in between.
   */
  Object stamp() throws IOException;

  /**
   * Opens {@code generation} and checks it (schema, checksums) before anything is served from it;
   * the caller closes what it returns.
   *
   * @throws newsearch.indexer.CorruptGenerationException when it fails its checksums
   * @throws newsearch.schema.IncompatibleIndexException when another schema version wrote it
   */
  Opened open(Path generation) throws IOException;

  /** A checked generation: its directory and a reader over it; closing closes both. */
  record Opened(Directory directory, DirectoryReader reader) implements Closeable {
    @Override
    public void close() throws IOException {
      try {
        reader.close();
      } finally {
        directory.close();
      }
    }
  }
}
