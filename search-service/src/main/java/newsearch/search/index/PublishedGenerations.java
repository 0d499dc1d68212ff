package newsearch.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import newsearch.indexer.DirectoryOpener;
import newsearch.indexer.GenerationCheck;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * The generations the indexer publishes under one index directory ({@link IndexGenerations}), each
 * checked by {@link GenerationCheck} before it is served. Thread-safe.
 */
public final class PublishedGenerations implements GenerationSource {

  private final IndexGenerations generations;
  private final DirectoryOpener directories;
  private final GenerationCheck check;

  /** The generations of {@code generations}, opened from the file system. */
  public PublishedGenerations(IndexGenerations generations, NewsSchema schema) {
    this(generations, schema, DirectoryOpener.FILE_SYSTEM);
  }

  /** As above, opening each generation's directory with {@code directories}. */
  public PublishedGenerations(
      IndexGenerations generations, NewsSchema schema, DirectoryOpener directories) {
    this.generations = generations;
    this.directories = directories;
    this.check = new GenerationCheck(schema);
  }

  @Override
  public String location() {
    return generations.root().toString();
  }

  @Override
  public Optional<Path> published() {
    return generations.current();
  }

  @Override
  public IndexGenerations.Publication stamp() throws IOException {
    return generations.publication();
  }

  @Override
  public Opened open(Path generation) throws IOException {
    Directory directory = directories.open(generation);
    try {
      DirectoryReader reader = check.open(directory, generation);
      try {
        check.verify(reader, generation, GenerationCheck.ANY_COUNT);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
      return new Opened(directory, reader);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }
}
