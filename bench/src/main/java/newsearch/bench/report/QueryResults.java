package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f1;
import static newsearch.bench.report.Numbers.f3;
import static newsearch.bench.report.Numbers.percent;
import static newsearch.bench.report.ResultFiles.number;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The query sections: JMH in-process (the search core and raw Lucene), HTTP under wrk, and the
 * service's start-up time and memory.
 */
final class QueryResults {

  static final String JMH_OURS_MIX = "jmh-newsearch-mix.json";
  static final String JMH_OURS_PLAIN = "jmh-newsearch-plain.json";
  static final String JMH_RAW_MIX = "jmh-raw-mix.json";
  static final String JMH_RAW_PLAIN = "jmh-raw-plain.json";
  static final String WRK_MIX = "wrk-mix-c4.json";
  static final String WRK_PLAIN = "wrk-plain-c4.json";
  static final String WRK_PLAIN_ONE = "wrk-plain-c1.json";
  static final String WRK_MIX_ONE = "wrk-mix-c1.json";
  static final String WRK_MIX_SIXTEEN = "wrk-mix-c16.json";
  static final String WRK_NO_MATCH = "wrk-nomatch-c1.json";
  static final String WRK_ONE_HIT = "wrk-onehit-c1.json";
  static final String WRK_HEALTH = "wrk-health-c1.json";
  static final String SERVE = "serve.json";

  private final ResultFiles files;

  QueryResults(ResultFiles files) {
    this.files = files;
  }

  /** One JMH result row: benchmark method, query file, threads, score and error in ops/s. */
  private record JmhRow(String method, String queries, int threads, double score, double error) {}

  private List<JmhRow> jmh(String file) {
    List<JmhRow> rows = new ArrayList<>();
    files
        .json(file)
        .ifPresent(
            all -> {
              for (JsonElement e : all.getAsJsonArray()) {
                JsonObject r = e.getAsJsonObject();
                String benchmark = ResultFiles.string(r, "benchmark");
                JsonObject params = r.getAsJsonObject("params");
                String queries = ResultFiles.string(params, "queries");
                JsonObject metric = r.getAsJsonObject("primaryMetric");
                rows.add(
                    new JmhRow(
                        shortName(benchmark),
                        queries.substring(queries.lastIndexOf('/') + 1),
                        (int) number(r, "threads"),
                        number(metric, "score"),
                        number(metric, "scoreError")));
              }
            });
    return rows;
  }

  /**
   * {@code RawLuceneBenchmark.search} of {@code newsearch.bench.query.RawLuceneBenchmark.search}.
   */
  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private double jmhScore(String file, String method) {
    return jmh(file).stream()
        .filter(r -> r.method().endsWith("." + method))
        .mapToDouble(JmhRow::score)
        .findFirst()
        .orElse(Double.NaN);
  }

  /** The ops/s of raw Lucene on the plain queries, or NaN. */
  double rawPlainQps() {
    return jmhScore(JMH_RAW_PLAIN, "search");
  }

  /** An HTTP run's result, if it ran. */
  Optional<JsonObject> wrk(String file) {
    return files.object(file);
  }

  /** A number of an HTTP run's result, or NaN when the run or the number is missing. */
  double wrkNumber(String file, String member) {
    return wrk(file).map(w -> number(w, member)).orElse(Double.NaN);
  }

  /**
   * The failed requests of an HTTP run but those that admission control shed, which are the service
   * protecting itself rather than failing.
   */
  static long realErrors(JsonObject wrk) {
    return (long) number(wrk, "errors") - shedCount(wrk);
  }

  /**
   * The requests admission control refused at once: 503 when every permit and queue place is taken,
   * 429 when the one client already holds its share (wrk's connections all come from one address).
   * A result without these counts predates shedding and shed nothing.
   */
  static long shedCount(JsonObject wrk) {
    long shed = 0;
    for (String status : new String[] {"status_503", "status_429"}) {
      double count = number(wrk, status);
      shed += Double.isNaN(count) ? 0 : (long) count;
    }
    return shed;
  }

  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    Optional<JsonObject> mix = wrk(WRK_MIX);
    double p99 = mix.map(w -> number(w, "p99_ms")).orElse(Double.NaN);
    targets.add(
        new Target(
            "HTTP search with facets + highlights: p99 < 50 ms at 4 concurrent clients",
            "p99 " + f1(p99) + " ms over the whole mix, " + errors(mix) + " errors",
            Double.isNaN(p99) ? null : p99 < 50 && errorCount(mix) == 0));
    double httpQps = wrk(WRK_PLAIN).map(w -> number(w, "qps")).orElse(Double.NaN);
    double ratio = httpQps / rawPlainQps();
    targets.add(
        new Target(
            "plain ranked HTTP queries (facets=false) ≥ 70% of the QPS of the same queries"
                + " in-process on raw Lucene (earlier target, superseded by the 1-client ≥ 0.5×"
                + " plain Lucene peer row)",
            f0(httpQps) + " vs " + f0(rawPlainQps()) + " QPS = " + percent(ratio),
            Double.isNaN(ratio) ? null : ratio >= 0.7));
    Optional<JsonObject> serve = files.object(SERVE);
    double readyMs = serve.map(s -> number(s, "ready_ms")).orElse(Double.NaN);
    targets.add(
        new Target(
            "opening the index and becoming ready (process start to /ready 200) < 5 s",
            f0(readyMs) + " ms",
            Double.isNaN(readyMs) ? null : readyMs < 5000));
    double heapMax = serve.map(s -> number(s, "heap_max_mib")).orElse(Double.NaN);
    boolean served = errorCount(mix) == 0 && errorCount(wrk(WRK_PLAIN)) == 0 && mix.isPresent();
    targets.add(
        new Target(
            "the service serves the corpus in a heap ≤ 1 GiB (-Xmx1g)",
            String.format(
                Locale.ROOT,
                "max heap %s MiB; %s MiB in use after a full GC at the end; HTTP runs %s",
                f0(heapMax),
                f0(serve.map(s -> number(s, "heap_used_after_gc_mib")).orElse(Double.NaN)),
                served ? "without errors" : "with errors or missing"),
            serve.isEmpty() ? null : heapMax <= 1024 && served));
    return targets;
  }

  String jmhMarkdown() {
    MarkdownTable table =
        new MarkdownTable("benchmark", "queries", "threads", "ops/s", "± (99.9%)");
    for (String file : List.of(JMH_OURS_MIX, JMH_OURS_PLAIN, JMH_RAW_MIX, JMH_RAW_PLAIN)) {
      for (JmhRow r : jmh(file)) {
        table.row(
            r.method(), r.queries(), Integer.toString(r.threads()), f0(r.score()), f0(r.error()));
      }
    }
    if (table.isEmpty()) {
      return "Not run.\n";
    }
    return table
        + "\n"
        + String.format(
            Locale.ROOT,
            "Ratios (newsearch / raw Lucene, same queries, same threads): search with facets and"
                + " highlights on the mix %s, on the plain queries %s; rank() on the plain queries"
                + " %s.%n",
            percent(jmhScore(JMH_OURS_MIX, "search") / jmhScore(JMH_RAW_MIX, "search")),
            percent(jmhScore(JMH_OURS_PLAIN, "search") / rawPlainQps()),
            percent(jmhScore(JMH_OURS_PLAIN, "rank") / rawPlainQps()));
  }

  String httpMarkdown() {
    MarkdownTable table =
        new MarkdownTable(
            "run",
            "clients",
            "requests",
            "QPS",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "max ms",
            "errors but sheds",
            "shed (503, 429)");
    for (String file :
        List.of(
            WRK_MIX,
            WRK_PLAIN,
            WRK_PLAIN_ONE,
            WRK_MIX_ONE,
            WRK_MIX_SIXTEEN,
            WRK_NO_MATCH,
            WRK_ONE_HIT,
            WRK_HEALTH)) {
      wrk(file)
          .ifPresent(
              w ->
                  table.row(
                      ResultFiles.string(w, "label"),
                      f0(number(w, "connections")),
                      f0(number(w, "requests")),
                      f0(number(w, "qps")),
                      f3(number(w, "p50_ms")),
                      f3(number(w, "p90_ms")),
                      f3(number(w, "p99_ms")),
                      f1(number(w, "max_ms")),
                      f0(realErrors(w)),
                      shed(w)));
    }
    return table.isEmpty() ? "Not run.\n" : table.toString();
  }

  String serveMarkdown() {
    return files
        .object(SERVE)
        .map(
            s ->
                String.format(
                    Locale.ROOT,
                    "Started with `NEWSEARCH_JAVA_OPTS=%s`: ready (process start to /ready 200) in"
                        + " **%s ms**; search-box completions, built in the background, answered"
                        + " after %s ms. Serving %s articles: max heap %s MiB, heap in use after a"
                        + " full GC once the HTTP runs were over %s MiB, peak RSS %s MiB.%n",
                    ResultFiles.string(s, "java_opts"),
                    f0(number(s, "ready_ms")),
                    f0(number(s, "completions_ready_ms")),
                    f0(number(s, "documents")),
                    f0(number(s, "heap_max_mib")),
                    f0(number(s, "heap_used_after_gc_mib")),
                    f0(number(s, "peak_rss_mib"))))
        .orElse("Not run.\n");
  }

  private static String shed(JsonObject wrk) {
    return f0(shedCount(wrk));
  }

  private static long errorCount(Optional<JsonObject> wrk) {
    return wrk.map(w -> (long) number(w, "errors")).orElse(0L);
  }

  private static String errors(Optional<JsonObject> wrk) {
    return wrk.map(w -> f0(number(w, "errors"))).orElse("–");
  }
}
