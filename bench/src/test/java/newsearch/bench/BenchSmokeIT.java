package newsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.CorpusGenerator;
import newsearch.bench.corpus.QueryKind;
import newsearch.bench.corpus.QueryMixFile;
import newsearch.bench.corpus.QueryMixGenerator;
import newsearch.bench.indexing.IndexRunResult;
import newsearch.bench.indexing.IndexingBenchmark;
import newsearch.bench.indexing.IndexingBenchmark.Engine;
import newsearch.bench.query.RawLuceneSearch;
import newsearch.bench.report.ResultsReport;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.Json;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark suite in miniature, so that it cannot rot: a small corpus, its query mix, the
 * indexing comparison, queries on both the service core and raw Lucene, and the report.
 */
class BenchSmokeIT {

  private static final int ARTICLES = 600;

  @TempDir Path dir;

  @Test
  void suiteRunsEndToEndAtTinySize() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    new CorpusGenerator(42).write(ARTICLES, corpus);
    List<BenchQuery> mix = new QueryMixGenerator(7).generate(corpus, 100);
    QueryMixFile.write(mix, dir.resolve("queries"));
    assertQueryFiles(mix);

    Path results = Files.createDirectories(dir.resolve("results"));
    for (Engine engine : Engine.values()) {
      IndexRunResult run =
          IndexingBenchmark.run(engine, corpus, dir.resolve("index-" + engine.label()), 2, 32);
      assertEquals(ARTICLES, run.articles(), engine.label());
      assertTrue(run.articlesPerSecond() > 0 && run.indexBytes() > 0, run.toString());
      Files.writeString(
          results.resolve("index-" + engine.label() + ".json"),
          Json.PRETTY.toJson(run),
          StandardCharsets.UTF_8);
    }

    Path index = dir.resolve("index-newsearch");
    assertSearchesFindWhatRawLuceneFinds(index, mix);

    String report = new ResultsReport(results).markdown();
    assertTrue(report.contains("## Targets"), report);
    assertTrue(report.contains("| newsearch | 2 | 600 |"), report);
    assertTrue(report.contains("Ratios: newsearch / plain = **"), report);
  }

  private void assertQueryFiles(List<BenchQuery> mix) throws Exception {
    assertEquals(100, mix.size());
    Map<QueryKind, Long> kinds =
        mix.stream().collect(Collectors.groupingBy(BenchQuery::kind, Collectors.counting()));
    assertEquals(QueryKind.values().length, kinds.size(), kinds.toString());
    List<BenchQuery> plain = QueryMixFile.read(dir.resolve("queries").resolve(QueryMixFile.PLAIN));
    long plainInMix = mix.stream().filter(q -> q.kind().plain()).count();
    assertEquals(plainInMix, plain.size());
    assertTrue(plain.stream().noneMatch(q -> q.text().contains(" OR ") || q.text().contains("-")));
    List<String> urls = Files.readAllLines(dir.resolve("queries").resolve(QueryMixFile.URLS_MIX));
    assertEquals(100, urls.size());
    assertTrue(urls.stream().allMatch(u -> u.startsWith("/api/search?q=")), urls.toString());
  }

  private static void assertSearchesFindWhatRawLuceneFinds(Path index, List<BenchQuery> mix)
      throws Exception {
    RawLuceneSearch raw = new RawLuceneSearch();
    IndexGenerations generations = new IndexGenerations(index);
    try (NewsSearcher searcher =
            NewsSearcher.open(generations, new NewsSchema(), SearchConfig.DEFAULTS);
        FSDirectory directory = FSDirectory.open(generations.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher plain = new IndexSearcher(reader);
      int found = 0;
      int agreeing = 0;
      for (BenchQuery query : mix.subList(0, 40)) {
        SearchResponse ours =
            searcher.search(
                new SearchRequest(
                    query.text(),
                    query.section().isEmpty()
                        ? List.of()
                        : List.of(newsearch.schema.SectionPath.parse(query.section())),
                    null,
                    null,
                    null,
                    1,
                    10,
                    null,
                    true));
        List<String> rawIds = raw.search(plain, query, 10);
        assertEquals(rawIds.isEmpty(), ours.hits().isEmpty(), "found anything: " + query);
        if (!rawIds.isEmpty()) {
          found++;
          agreeing += ours.hits().get(0).id().equals(rawIds.get(0)) ? 1 : 0;
        }
      }
      // Same analysis and field weights; only the proximity clause and tie-breaks differ.
      assertTrue(found >= 30, "only " + found + " of 40 queries found anything");
      assertTrue(agreeing >= found / 2, "top hits agree on " + agreeing + " of " + found);
      assertTrue(searcher.generation().startsWith("gen-"), searcher.generation());
    }
  }
}
