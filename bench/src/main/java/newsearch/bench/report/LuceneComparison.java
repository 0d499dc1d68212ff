package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f3;
import static newsearch.bench.report.Numbers.times;
import static newsearch.bench.report.ResultFiles.number;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * newsearch over HTTP beside the plain Lucene and Xapian peers on the same corpus and queries, with
 * the ratios to plain Lucene: how much the service's extra work (highlights, facets, HTTP, JSON)
 * costs over a bare top-ten search.
 */
final class LuceneComparison {

  private LuceneComparison() {}

  /** The comparison on the run's corpus and on Reuters, as Markdown. */
  static String markdown(ResultFiles files) {
    return "**Generated corpus**\n\n"
        + table(files)
        + "\n**Reuters (the same 200 queries)**\n\n"
        + table(files.folder(SpeedTargets.REUTERS));
  }

  private static String table(ResultFiles files) {
    QueryResults queries = new QueryResults(files);
    PeerResults peers = new PeerResults(files);
    Optional<JsonObject> lucene = peers.onFullCorpus(PeerResults.LUCENE);
    Row base = lucene.map(p -> Row.ofPeer("", p)).orElse(Row.ofPeer("", new JsonObject()));
    MarkdownTable table =
        new MarkdownTable(
                "engine", "QPS", "p50 ms", "p99 ms", "QPS / plain Lucene", "p50 / plain Lucene")
            .numbersFrom(1);
    queries
        .wrk(QueryResults.WRK_PLAIN_ONE)
        .ifPresent(w -> Row.ofWrk("newsearch HTTP, facets=false, 1 client", w).add(table, base));
    queries
        .wrk(QueryResults.WRK_MIX_ONE)
        .ifPresent(w -> Row.ofWrk("newsearch HTTP, with facets, 1 client", w).add(table, base));
    lucene.ifPresent(
        p -> Row.ofPeer("plain Lucene peer (in-process, 1 thread)", p).add(table, base));
    peers
        .onFullCorpus(PeerResults.XAPIAN)
        .ifPresent(p -> Row.ofPeer("xapian peer", p).add(table, base));
    return table.isEmpty() ? "Not measured.\n" : table.toString();
  }

  /** One engine's speed, from a wrk result or a peer's summary row. */
  private record Row(String engine, double qps, double p50, double p99) {

    static Row ofWrk(String engine, JsonObject wrk) {
      return new Row(engine, number(wrk, "qps"), number(wrk, "p50_ms"), number(wrk, "p99_ms"));
    }

    static Row ofPeer(String engine, JsonObject peer) {
      return new Row(engine, number(peer, "QPS"), number(peer, "p50 ms"), number(peer, "p99 ms"));
    }

    void add(MarkdownTable table, Row lucene) {
      table.row(
          engine, f0(qps), f3(p50), f3(p99), times(qps / lucene.qps()), times(p50 / lucene.p50()));
    }
  }
}
