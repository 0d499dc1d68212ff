package newsearch.bench.report;

import static newsearch.bench.report.ResultFiles.number;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The numbers of one suite run that the scale page sets against corpus size; NaN for what the run
 * did not measure.
 *
 * @param articles the corpus size ({@code meta.json})
 * @param mixP50 p50 of the mix with facets at 4 clients, ms
 * @param mixP99 p99 of the mix with facets at 4 clients, ms
 * @param plainP50 p50 of the plain queries (facets=false) at 1 client, ms
 * @param plainP99 p99 of the plain queries at 1 client, ms
 * @param plainQps QPS of the plain queries at 1 client
 * @param luceneP50 p50 of the plain Lucene peer, ms
 * @param luceneP99 p99 of the plain Lucene peer, ms
 * @param luceneQps QPS of the plain Lucene peer
 * @param indexRate newsearch's reindex, articles per second (default threads)
 * @param indexBytes the size of newsearch's index, bytes
 */
record ScaleRun(
    double articles,
    double mixP50,
    double mixP99,
    double plainP50,
    double plainP99,
    double plainQps,
    double luceneP50,
    double luceneP99,
    double luceneQps,
    double indexRate,
    double indexBytes) {

  /** The run whose result files are in {@code dir}. */
  static ScaleRun of(Path dir) {
    ResultFiles files = new ResultFiles(dir);
    QueryResults queries = new QueryResults(files);
    JsonObject lucene =
        new PeerResults(files).onFullCorpus(PeerResults.LUCENE).orElseGet(JsonObject::new);
    JsonObject index = files.object(IndexingResults.NEWSEARCH).orElseGet(JsonObject::new);
    Optional<JsonObject> meta = files.object(ResultsReport.META);
    return new ScaleRun(
        meta.map(m -> number(m, "size")).orElse(Double.NaN),
        queries.wrkNumber(QueryResults.WRK_MIX, "p50_ms"),
        queries.wrkNumber(QueryResults.WRK_MIX, "p99_ms"),
        queries.wrkNumber(QueryResults.WRK_PLAIN_ONE, "p50_ms"),
        queries.wrkNumber(QueryResults.WRK_PLAIN_ONE, "p99_ms"),
        queries.wrkNumber(QueryResults.WRK_PLAIN_ONE, "qps"),
        number(lucene, "p50 ms"),
        number(lucene, "p99 ms"),
        number(lucene, "QPS"),
        number(index, "articles_per_second"),
        number(index, "index_bytes"));
  }

  /** Index bytes per article. */
  double bytesPerArticle() {
    return indexBytes / articles;
  }
}
