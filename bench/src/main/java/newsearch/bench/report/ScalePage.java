package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f1;
import static newsearch.bench.report.Numbers.f2;
import static newsearch.bench.report.Numbers.f3;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The scale page: the same measurements from several suite runs, one per corpus size, as a table
 * and as charts of latency and indexing throughput against size.
 */
public final class ScalePage {

  private final List<ScaleRun> runs;

  /** The page over the results folders {@code dirs}, one run each, in any order. */
  public ScalePage(List<Path> dirs) {
    this.runs =
        dirs.stream()
            .map(ScaleRun::of)
            .sorted(Comparator.comparingDouble(ScaleRun::articles))
            .toList();
  }

  /**
   * The page as Markdown: the table, the chart {@code svgLink} (a path relative to the page), and
   * {@code notes} verbatim, where the reasons for each curve are written once the runs are read.
   */
  public String markdown(String svgLink, Optional<String> notes) {
    MarkdownTable table =
        new MarkdownTable(
                "articles",
                "mix 4 clients p50 ms",
                "mix 4 clients p99 ms",
                "plain 1 client p50 ms",
                "plain 1 client p99 ms",
                "plain 1 client QPS",
                "plain Lucene p50 ms",
                "plain Lucene p99 ms",
                "plain Lucene QPS",
                "indexing articles/s",
                "index MB",
                "bytes/article")
            .numbersFrom(0);
    for (ScaleRun r : runs) {
      table.row(
          f0(r.articles()),
          f2(r.mixP50()),
          f2(r.mixP99()),
          f2(r.plainP50()),
          f2(r.plainP99()),
          f0(r.plainQps()),
          f3(r.luceneP50()),
          f3(r.luceneP99()),
          f0(r.luceneQps()),
          f0(r.indexRate()),
          f1(r.indexBytes() / 1e6),
          f0(r.bytesPerArticle()));
    }
    StringBuilder out = new StringBuilder("# newsearch at scale\n\n");
    out.append(
        "One `bench/run.sh` run per corpus size on the same machine. *mix*: the query mix with"
            + " facets and highlights over HTTP; *plain*: the plain queries with highlights,"
            + " `facets=false`, over HTTP; *plain Lucene*: the in-process plain Lucene peer"
            + " (BM25 over title^2 body, top 10 ids, one thread) on the same queries; indexing:"
            + " newsearch's full reindex with its default two threads.\n\n");
    out.append(table).append('\n');
    out.append("![Latency and indexing throughput against corpus size](")
        .append(svgLink)
        .append(")\n");
    notes.ifPresent(n -> out.append('\n').append(n.strip()).append('\n'));
    return out.toString();
  }

  /** The charts: latency (log y) and indexing throughput against corpus size (log x). */
  public String svg() {
    ScaleChart.Panel latency =
        new ScaleChart.Panel(
            "Latency against corpus size",
            "ms (log)",
            true,
            List.of(
                series("mix, 4 clients, p50", ScaleRun::mixP50),
                series("mix, 4 clients, p99", ScaleRun::mixP99),
                series("plain, 1 client, p50", ScaleRun::plainP50),
                series("plain, 1 client, p99", ScaleRun::plainP99),
                series("plain Lucene, p50", ScaleRun::luceneP50),
                series("plain Lucene, p99", ScaleRun::luceneP99)));
    ScaleChart.Panel indexing =
        new ScaleChart.Panel(
            "Indexing throughput against corpus size",
            "articles/s",
            false,
            List.of(series("newsearch reindex, 2 threads", ScaleRun::indexRate)));
    return ScaleChart.svg(List.of(latency, indexing));
  }

  private ScaleChart.Series series(String name, ToDoubleFunction<ScaleRun> value) {
    return new ScaleChart.Series(
        name,
        runs.stream().mapToDouble(ScaleRun::articles).toArray(),
        runs.stream().mapToDouble(value).toArray());
  }
}
