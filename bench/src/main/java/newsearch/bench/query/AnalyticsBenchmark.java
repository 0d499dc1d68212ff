package newsearch.bench.query;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsearch.bench.corpus.BenchQuery;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.analytics.Interval;
import newsearch.search.analytics.SignificantTerm;
import newsearch.search.analytics.Timeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The analytics routes' work in-process, as {@code /api/timeline} and {@code /api/terms} run it:
 * {@link newsearch.search.NewsAnalytics#timeline} with {@code interval=auto} and {@link
 * newsearch.search.NewsAnalytics#terms} with {@code size=20}. Sampled latency rather than
 * throughput, since the target is a 99th percentile. With {@code query} set, every call asks for
 * that one query (a common word, whose timeline counts the most matches); without, the queries of
 * the mix in turn, with their section filters.
 *
 * <p>Public and not final: JMH generates subclasses of its benchmark classes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyticsBenchmark extends QueryMixBenchmark {

  /** One query to ask every time; empty for the mix. */
  @Param("")
  public String query;

  private NewsSearcher searcher;
  private List<SearchRequest> requests;

  /** Opens the index and reads the queries. */
  @Setup
  public void open() throws IOException, InterruptedException {
    searcher = NewsSearcher.open(generations(), new NewsSchema(), SearchConfig.DEFAULTS);
    List<BenchQuery> mix = readMix();
    requests =
        query.isEmpty()
            ? mix.stream().map(q -> NewsSearcherBenchmark.request(q, false)).toList()
            : List.of(SearchRequest.of(query, 10));
    NewsSearcherBenchmark.awaitCompletions(searcher);
  }

  /** Closes the index. */
  @TearDown
  public void close() throws IOException {
    searcher.close();
  }

  /** A timeline with the interval chosen for 50 to 200 buckets. */
  @Benchmark
  public Timeline timeline(QueryCursor cursor) throws IOException {
    return searcher.analytics().timeline(requests.get(cursor.next(requests.size())), Interval.AUTO);
  }

  /** The twenty most significant terms of the top 200 matches. */
  @Benchmark
  public List<SignificantTerm> terms(QueryCursor cursor) throws IOException {
    return searcher.analytics().terms(requests.get(cursor.next(requests.size())), 20);
  }
}
