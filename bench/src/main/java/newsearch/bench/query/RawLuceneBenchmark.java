package newsearch.bench.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.bench.corpus.BenchQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same queries on raw Lucene ({@link RawLuceneSearch}) over the same index: an {@link
 * IndexSearcher} on an {@code MMapDirectory}, top ten ids, nothing else. This is the ceiling the
 * service is compared with.
 *
 * <p>Public and not final: JMH generates subclasses of its benchmark classes.
 */
public class RawLuceneBenchmark extends QueryMixBenchmark {

  private final RawLuceneSearch raw = new RawLuceneSearch();
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private List<BenchQuery> mix;

  /** Opens the served generation and reads the queries. */
  @Setup
  public void open() throws IOException {
    Path generation =
        generations().current().orElseThrow(() -> new IOException("no index at " + index));
    reader = DirectoryReader.open(FSDirectory.open(generation));
    searcher = new IndexSearcher(reader);
    mix = readMix();
  }

  /** Closes the reader and its directory. */
  @TearDown
  public void close() throws IOException {
    reader.close();
    reader.directory().close();
  }

  /** One query: build, search, read the ids of the top ten. */
  @Benchmark
  public List<String> search(QueryCursor cursor) throws IOException {
    return raw.search(searcher, mix.get(cursor.next(mix.size())), 10);
  }
}
