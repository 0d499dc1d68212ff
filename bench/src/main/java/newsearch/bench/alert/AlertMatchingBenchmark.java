package newsearch.bench.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.QueryMixGenerator;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.SortOrder;
import newsearch.search.alert.MatchIndex;
import newsearch.search.index.SearchablePosition;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Matching new articles against many saved searches, as the service does: the saved searches are
 * the bench query mix ({@link QueryMixGenerator}) planned as {@code /api/search} plans them, filed
 * in a {@link MatchIndex}; the new articles come from the corpus after those of a base index. It
 * measures articles matched per second by batch size, the same against running every saved search
 * over the batch (what the presearcher saves), the heap the filed searches hold, and what one
 * incremental update of one article costs from its commit to its matches.
 */
public final class AlertMatchingBenchmark {

  /** Articles in the base index the saved searches are planned over and the queries drawn from. */
  static final int BASE_ARTICLES = 5_000;

  /** Single-article updates timed for the latency figures. */
  static final int UPDATES = 30;

  private final NewsSchema schema = new NewsSchema();
  private final StringBuilder out = new StringBuilder();

  /**
   * Runs the benchmark with {@code searches} saved searches and {@code articles} new articles from
   * {@code corpus}, in a fresh folder {@code work}, and returns the results as Markdown; with
   * {@code allWords} every word of a saved search is required, as {@code min_should_match=all}
   * sets; without it any word may match ({@code any}).
   */
  public String run(Path corpus, int searches, int articles, boolean allWords, long seed, Path work)
      throws IOException {
    Files.createDirectories(work);
    Path base = work.resolve("base.jsonl");
    List<String> fresh = split(corpus, base, articles + UPDATES);
    IndexStore store = new IndexStore(new IndexGenerations(work.resolve("index")));
    store.reindex(List.of(base), p -> {});
    SearchConfig config =
        SearchConfig.DEFAULTS.toBuilder()
            .ranking(
                SearchConfig.DEFAULTS.ranking().toBuilder()
                    .minShouldMatch(allWords ? "all" : "any")
                    .build())
            .build();
    line("words of a saved search: %s", allWords ? "all required (and)" : "any (or)");
    try (NewsSearcher searcher = NewsSearcher.open(store.generations(), schema, config)) {
      List<BenchQuery> mix = new QueryMixGenerator(seed).generate(base, searches);
      long heapBefore = usedHeap();
      List<Query> queries = new ArrayList<>();
      for (BenchQuery q : mix) {
        queries.add(searcher.matchingQuery(request(q)));
      }
      long start = System.nanoTime();
      MatchIndex index = new MatchIndex(schema);
      for (int i = 0; i < queries.size(); i++) {
        index.add(mix.get(i).id(), queries.get(i));
      }
      double filingMs = (System.nanoTime() - start) / 1e6;
      long heap = usedHeap() - heapBefore;
      line(
          "saved searches: %,d (%,d matched with every batch: their terms cannot be told);"
              + " filed in %.0f ms; heap of the planned queries and their keys: %.1f MB (%.0f bytes"
              + " each)",
          index.size(), index.unkeyed(), filingMs, heap / 1e6, (double) heap / index.size());
      List<Article> news = articles(store, fresh.subList(0, articles));
      line("");
      line("| batch | articles/s (presearcher) | articles/s (every search) | matches/article |");
      line("|---:|---:|---:|---:|");
      for (int batch : new int[] {1, 10, 100, 1000}) {
        if (batch <= news.size()) {
          throughput(index, queries, news, batch);
        }
      }
      line("");
      updates(store, searcher, index, fresh.subList(articles, articles + UPDATES));
    }
    return out.toString();
  }

  private static SearchRequest request(BenchQuery q) {
    List<SectionPath> sections =
        q.section().isEmpty() ? List.of() : List.of(SectionPath.parse(q.section()));
    return new SearchRequest(
        q.text(), sections, null, null, SortOrder.RELEVANCE, 1, 1, null, false);
  }

  /** Writes the first {@link #BASE_ARTICLES} lines to {@code base}; returns the next {@code n}. */
  private static List<String> split(Path corpus, Path base, int n) throws IOException {
    List<String> baseLines = new ArrayList<>(BASE_ARTICLES);
    List<String> rest = new ArrayList<>(n);
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && rest.size() < n; line = in.readLine()) {
        (baseLines.size() < BASE_ARTICLES ? baseLines : rest).add(line);
      }
    }
    Files.write(base, baseLines, StandardCharsets.UTF_8);
    return rest;
  }

  private static List<Article> articles(IndexStore store, List<String> lines) throws IOException {
    return store.read(new StringReader(String.join("\n", lines)), Path.of("new.jsonl")).articles();
  }

  private void throughput(MatchIndex index, List<Query> queries, List<Article> news, int batch)
      throws IOException {
    // Warm-up: the first batches pay for class loading and compilation.
    index.match(news.subList(0, Math.min(news.size(), Math.max(batch, 50))));
    long start = System.nanoTime();
    long matches = 0;
    int done = 0;
    while (done + batch <= news.size()) {
      matches += count(index.match(news.subList(done, done + batch)).values());
      done += batch;
    }
    double presearch = done / ((System.nanoTime() - start) / 1e9);
    List<Article> sample = news.subList(0, Math.min(news.size(), Math.max(batch, 20)));
    long everyStart = System.nanoTime();
    int everyDone = 0;
    for (int i = 0; i + batch <= sample.size(); i += batch) {
      everySearch(queries, sample.subList(i, i + batch));
      everyDone += batch;
    }
    double every = everyDone / ((System.nanoTime() - everyStart) / 1e9);
    line("| %,d | %,.0f | %,.0f | %.2f |", batch, presearch, every, matches / (double) done);
  }

  private static long count(Collection<List<Article>> hits) {
    return hits.stream().mapToLong(List::size).sum();
  }

  /** The baseline: every saved search run over an index of the batch, no presearch. */
  private void everySearch(List<Query> queries, List<Article> batch) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
        for (Article article : batch) {
          writer.addDocument(schema.toDocument(article));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        for (Query query : queries) {
          searcher.count(query);
        }
      }
    }
  }

  /** One-article updates: the commit, the refresh that shows it, and matching it. */
  private void updates(
      IndexStore store, NewsSearcher searcher, MatchIndex index, List<String> lines)
      throws IOException {
    double[] commit = new double[lines.size()];
    double[] refresh = new double[lines.size()];
    double[] match = new double[lines.size()];
    SearchablePosition mark = searcher.lastSearchable().orElse(SearchablePosition.START);
    for (int i = 0; i < lines.size(); i++) {
      long t0 = System.nanoTime();
      store.update(new StringReader(lines.get(i)), Path.of("update.jsonl"));
      long t1 = System.nanoTime();
      searcher.refresh();
      long t2 = System.nanoTime();
      var found = searcher.searchableAfter(mark, 1_000);
      index.match(found.stream().map(a -> a.article()).toList());
      long t3 = System.nanoTime();
      mark = found.get(found.size() - 1).position();
      commit[i] = (t1 - t0) / 1e6;
      refresh[i] = (t2 - t1) / 1e6;
      match[i] = (t3 - t2) / 1e6;
    }
    line(
        "one-article update (median of %d): commit %.1f ms, refresh %.1f ms, finding and matching"
            + " it against every saved search %.1f ms",
        lines.size(), median(commit), median(refresh), median(match));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    System.out.println(text);
    out.append(text).append('\n');
  }
}
