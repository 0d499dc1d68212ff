package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f1;
import static newsearch.bench.report.Numbers.f2;
import static newsearch.bench.report.Numbers.f3;
import static newsearch.bench.report.ResultFiles.number;
import static newsearch.bench.report.ResultFiles.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The peer engines' section ({@code ../shared/peers/run_all.sh}): build and query speed on the same
 * corpus and plain queries, and nDCG@10 on the judged collections beside newsearch's.
 */
final class PeerResults {

  /** The peers on the full corpus: plain Lucene and Xapian (all peers, in older runs). */
  static final String PEERS = "peers/summary.json";

  /** The slower peers, on the first {@code --peers-size} articles only. */
  static final String PEERS_SAMPLE = "peers-sample/summary.json";

  static final String LUCENE = "lucene";
  static final String XAPIAN = "xapian";
  static final List<String> COLLECTIONS = List.of("cranfield", "cisi");

  /** The metric names that {@code newsearch eval} prints. */
  private static final String NDCG_AT_10 = "ndcg@10";

  private static final String P_AT_10 = "p@10";

  private final ResultFiles files;
  private final List<JsonObject> fullCorpus;
  private final List<JsonObject> peers;

  PeerResults(ResultFiles files) {
    this.files = files;
    this.fullCorpus = rows(files.json(PEERS));
    List<JsonObject> all = new ArrayList<>(fullCorpus);
    all.addAll(rows(files.json(PEERS_SAMPLE)));
    this.peers = List.copyOf(all);
  }

  /** A peer that finished on the full corpus, by name ({@link #LUCENE}, {@link #XAPIAN}). */
  Optional<JsonObject> onFullCorpus(String name) {
    return fullCorpus.stream()
        .filter(p -> string(p, "peer").equals(name) && string(p, "status").equals("ok"))
        .findFirst();
  }

  /** Every peer's row, the full-corpus ones first. */
  List<JsonObject> all() {
    return peers;
  }

  private static List<JsonObject> rows(Optional<JsonElement> summary) {
    List<JsonObject> rows = new ArrayList<>();
    summary.ifPresent(s -> s.getAsJsonArray().forEach(e -> rows.add(e.getAsJsonObject())));
    return rows;
  }

  private List<JsonObject> finished() {
    return peers.stream().filter(p -> string(p, "status").equals("ok")).toList();
  }

  /**
   * The peer targets. The build is judged on one core when that run exists, since every peer but
   * Sphinx builds with one thread; otherwise on the default two threads.
   */
  List<Target> targets(double oursBuildRate, double oursOneCoreRate, double oursQpsOneClient) {
    List<Target> targets = new ArrayList<>();
    List<JsonObject> ok = finished();
    double judged = Double.isNaN(oursOneCoreRate) ? oursBuildRate : oursOneCoreRate;
    boolean buildFaster = ok.stream().allMatch(p -> judged > number(p, "docs/s"));
    targets.add(
        new Target(
            "full reindex faster than every peer's build (articles/s)",
            String.format(
                Locale.ROOT,
                "newsearch %s articles/s on one core, %s on two; %s",
                f0(oursOneCoreRate),
                f0(oursBuildRate),
                rates(ok, "docs/s")),
            ok.isEmpty() || Double.isNaN(judged) ? null : buildFaster));
    boolean queryFaster = ok.stream().allMatch(p -> oursQpsOneClient > number(p, "QPS"));
    targets.add(
        new Target(
            "faster than every peer on the same plain queries at equal concurrency (1 client)",
            String.format(
                Locale.ROOT,
                "newsearch over HTTP %s QPS; %s",
                f0(oursQpsOneClient),
                rates(ok, "QPS")),
            ok.isEmpty() || Double.isNaN(oursQpsOneClient) ? null : queryFaster));
    for (String collection : COLLECTIONS) {
      double ours = oursNdcg(collection);
      List<JsonObject> peerRuns = rows(files.json("peers-" + collection + "/summary.json"));
      boolean asGood =
          peerRuns.stream()
              .filter(p -> !Double.isNaN(number(p, "nDCG@10")))
              .allMatch(p -> ours >= number(p, "nDCG@10"));
      targets.add(
          new Target(
              "relevance at least as good as every peer on " + collection + " (nDCG@10)",
              "newsearch " + f3(ours) + "; " + ndcgs(peerRuns),
              Double.isNaN(ours) || peerRuns.isEmpty() ? null : asGood));
    }
    return targets;
  }

  private static String rates(List<JsonObject> rows, String member) {
    List<String> parts = new ArrayList<>();
    rows.forEach(p -> parts.add(string(p, "peer") + " " + f0(number(p, member))));
    return parts.isEmpty() ? "no peer finished" : String.join(", ", parts);
  }

  private static String ndcgs(List<JsonObject> rows) {
    List<String> parts = new ArrayList<>();
    rows.forEach(p -> parts.add(string(p, "peer") + " " + f3(number(p, "nDCG@10"))));
    return parts.isEmpty() ? "peers not run" : String.join(", ", parts);
  }

  /** newsearch's nDCG@10 from {@code relevance-COLLECTION.txt} ({@code newsearch eval}). */
  double oursNdcg(String collection) {
    return evalMetrics(collection).getOrDefault(NDCG_AT_10, Double.NaN);
  }

  private Map<String, Double> evalMetrics(String collection) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    files
        .text("relevance-" + collection + ".txt")
        .ifPresent(
            text -> {
              for (String line : text.split("\n")) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length == 2 && cols[1].matches("[0-9.]+")) {
                  metrics.put(cols[0], Double.parseDouble(cols[1]));
                }
              }
            });
    return metrics;
  }

  String peersMarkdown(double oursBuildRate, double oursQpsOneClient) {
    if (peers.isEmpty()) {
      return "Not run.\n";
    }
    MarkdownTable table =
        new MarkdownTable(
            "peer",
            "docs",
            "index s",
            "docs/s",
            "MB/s",
            "index MB",
            "p50 ms",
            "p99 ms",
            "QPS",
            "err",
            "ovl@10",
            "newsearch build / peer",
            "newsearch QPS / peer",
            "status");
    for (JsonObject p : peers) {
      table.row(
          string(p, "peer"),
          f0(number(p, "docs")),
          f1(number(p, "index s")),
          f0(number(p, "docs/s")),
          f2(number(p, "MB/s")),
          f0(number(p, "index MB")),
          f3(number(p, "p50 ms")),
          f3(number(p, "p99 ms")),
          f0(number(p, "QPS")),
          f0(number(p, "err")),
          f2(number(p, "ovl@10")),
          f2(oursBuildRate / number(p, "docs/s")) + "×",
          f2(oursQpsOneClient / number(p, "QPS")) + "×",
          string(p, "status"));
    }
    return table.toString();
  }

  String relevanceMarkdown() {
    MarkdownTable table = new MarkdownTable("collection", "engine", "nDCG@10", "P@10");
    for (String collection : COLLECTIONS) {
      Map<String, Double> ours = evalMetrics(collection);
      if (!ours.isEmpty()) {
        table.row(
            collection,
            "newsearch",
            f3(ours.getOrDefault(NDCG_AT_10, Double.NaN)),
            f3(ours.getOrDefault(P_AT_10, Double.NaN)));
      }
      for (JsonObject p : rows(files.json("peers-" + collection + "/summary.json"))) {
        table.row(collection, string(p, "peer"), f3(number(p, "nDCG@10")), f3(number(p, "P@10")));
      }
    }
    return table.isEmpty() ? "Not run.\n" : table.toString();
  }
}
