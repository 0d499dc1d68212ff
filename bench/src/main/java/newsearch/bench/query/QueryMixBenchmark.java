package newsearch.bench.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.QueryMixFile;
import newsearch.indexer.IndexGenerations;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the query benchmarks share, so that they measure alike: throughput in one fork with a 1 GB
 * heap and the vector API, over the same two parameters, {@code index}, an index folder as {@code
 * --index} takes it, and {@code queries}, a query file of the mix.
 *
 * <p>Public and abstract: JMH reads these settings and parameters in the benchmarks that extend it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx1g"})
@State(Scope.Benchmark)
public abstract class QueryMixBenchmark {

  /** The index folder (its served generation is searched). */
  @Param("")
  public String index;

  /** A query file: {@code queries.tsv} or {@code plain.tsv}. */
  @Param("")
  public String queries;

  /** The index's generations. */
  IndexGenerations generations() {
    return new IndexGenerations(Path.of(index));
  }

  /** The queries of the file. */
  List<BenchQuery> readMix() throws IOException {
    return QueryMixFile.read(Path.of(queries));
  }
}
