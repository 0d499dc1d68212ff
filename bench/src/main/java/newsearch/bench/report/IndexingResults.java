package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f1;
import static newsearch.bench.report.Numbers.percent;
import static newsearch.bench.report.ResultFiles.number;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The indexing section: newsearch's reindex job against the bare IndexWriter loops. */
final class IndexingResults {

  static final String NEWSEARCH = "index-newsearch.json";
  static final String NEWSEARCH_ONE_THREAD = "index-newsearch-1t.json";
  static final String PLAIN = "index-plain.json";
  static final String PLAIN_MINIMAL = "index-plain-minimal.json";

  private final Optional<JsonObject> ours;
  private final Optional<JsonObject> oursOneThread;
  private final Optional<JsonObject> plain;
  private final Optional<JsonObject> minimal;

  IndexingResults(ResultFiles files) {
    ours = files.object(NEWSEARCH);
    oursOneThread = files.object(NEWSEARCH_ONE_THREAD);
    plain = files.object(PLAIN);
    minimal = files.object(PLAIN_MINIMAL);
  }

  /** newsearch's articles per second with the default threads, or NaN. */
  double oursRate() {
    return rate(ours);
  }

  /** newsearch's articles per second pinned to one core, or NaN. */
  double oursOneThreadRate() {
    return rate(oursOneThread);
  }

  Target target() {
    double ratio = rate(ours) / rate(plain);
    return new Target(
        "full reindex ≥ 90% of the plain IndexWriter loop (same analysis, documents, threads)",
        String.format(
            Locale.ROOT,
            "%s articles/s vs %s articles/s = %s; per CPU second %s (vs the loop without"
                + " spelling field and title doc values: %s, per CPU second %s)",
            f0(rate(ours)),
            f0(rate(plain)),
            percent(ratio),
            percent(cpuRate(ours) / cpuRate(plain)),
            percent(rate(ours) / rate(minimal)),
            percent(cpuRate(ours) / cpuRate(minimal))),
        Double.isNaN(ratio) ? null : ratio >= 0.9);
  }

  String markdown() {
    MarkdownTable table =
        new MarkdownTable(
            "engine",
            "threads",
            "articles",
            "seconds",
            "CPU s",
            "articles/s",
            "articles/CPU s",
            "MB/s",
            "peak heap MiB",
            "peak RSS MiB",
            "index MB");
    Map<String, Optional<JsonObject>> runs = new LinkedHashMap<>();
    runs.put("newsearch", ours);
    runs.put("newsearch, one core (taskset)", oursOneThread);
    runs.put("plain", plain);
    runs.put("plain-minimal", minimal);
    for (Map.Entry<String, Optional<JsonObject>> run : runs.entrySet()) {
      run.getValue()
          .ifPresent(
              r ->
                  table.row(
                      run.getKey(),
                      f0(number(r, "threads")),
                      f0(number(r, "articles")),
                      f1(number(r, "seconds")),
                      f1(number(r, "cpu_seconds")),
                      f0(number(r, "articles_per_second")),
                      f0(number(r, "articles_per_cpu_second")),
                      f1(number(r, "megabytes_per_second")),
                      f0(number(r, "peak_heap_mib")),
                      f0(number(r, "peak_rss_mib")),
                      f0(number(r, "index_bytes") / 1e6)));
    }
    if (table.isEmpty()) {
      return "Not run.\n";
    }
    return table
        + "\n"
        + String.format(
            Locale.ROOT,
            "Ratios: newsearch / plain = **%s**; newsearch / plain-minimal = %s; plain /"
                + " plain-minimal = %s, so the spelling field and the title doc values cost %s of"
                + " the loop's throughput and %s of its index size.%n",
            percent(rate(ours) / rate(plain)),
            percent(rate(ours) / rate(minimal)),
            percent(rate(plain) / rate(minimal)),
            percent(1 - rate(plain) / rate(minimal)),
            percent(size(plain) / size(minimal) - 1));
  }

  private static double rate(Optional<JsonObject> run) {
    return run.map(r -> number(r, "articles_per_second")).orElse(Double.NaN);
  }

  private static double cpuRate(Optional<JsonObject> run) {
    return run.map(r -> number(r, "articles_per_cpu_second")).orElse(Double.NaN);
  }

  private static double size(Optional<JsonObject> run) {
    return run.map(r -> number(r, "index_bytes")).orElse(Double.NaN);
  }
}
