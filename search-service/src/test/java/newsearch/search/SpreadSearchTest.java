package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.index.PublishedGenerations;
import newsearch.search.index.ServedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search spread over several threads, one slice of the index each, answers exactly as one thread
 * does: the same hits in the same order with the same scores, the same totals and facets.
 */
class SpreadSearchTest {

  @TempDir Path dir;

  /** An index of several segments: one published generation, then updates of a few articles. */
  private IndexGenerations segmented() throws IOException {
    List<Article> first = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      first.add(article("a" + i, title(i), body(i), date(i), section(i)));
    }
    IndexGenerations gens = TestIndex.build(dir, first);
    IndexStore store = new IndexStore(gens);
    for (int batch = 0; batch < 3; batch++) {
      List<Article> more = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int n = 100 + batch * 20 + i;
        more.add(article("b" + n, title(n), body(n), date(n), section(n)));
      }
      store.update(new ParsedInput(more, List.of(), List.of()));
    }
    return gens;
  }

  private static String title(int i) {
    return (i % 3 == 0 ? "Oil price " : "Treaty talks ") + (i % 5 == 0 ? "in Japan" : "resume");
  }

  private static String body(int i) {
    return "Report " + i + (i % 2 == 0 ? " on oil and the treaty." : " on talks and prices.");
  }

  private static String date(int i) {
    return LocalDate.of(2015, 1, 1).plusDays(i * 37L).toString();
  }

  private static String section(int i) {
    return i % 2 == 0 ? "News > Japan" : "Business > Energy";
  }

  @Test
  void aSpreadSearchAnswersAsOneThreadDoes() throws IOException {
    IndexGenerations gens = segmented();
    SearchConfig one = SearchConfig.builder().limits(l -> l.searchThreads(1)).build();
    SearchConfig two = SearchConfig.builder().limits(l -> l.searchThreads(2)).build();
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("oil", 10),
            SearchRequest.of("treaty talks", 5),
            SearchRequest.of("japan OR prices", 10),
            new SearchRequest(
                "talks",
                List.of(SectionPath.parse("News > Japan")),
                null,
                null,
                SortOrder.DATE,
                1,
                10,
                null,
                true));
    try (NewsSearcher single = NewsSearcher.open(gens, new NewsSchema(), one);
        NewsSearcher spread = NewsSearcher.open(gens, new NewsSchema(), two)) {
      for (SearchRequest request : requests) {
        SearchResponse expected = single.search(request);
        SearchResponse actual = spread.search(request);
        assertEquals(expected.total(), actual.total(), request.query());
        assertEquals(expected.facets(), actual.facets(), request.query());
        assertEquals(expected.hits(), actual.hits(), request.query());
      }
      assertEquals(single.rank("oil treaty", 50), spread.rank("oil treaty", 50));
    }
  }

  @Test
  void aSpreadSearcherHasASliceForEachThread() throws IOException {
    IndexGenerations gens = segmented();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (ServedIndex index =
        new ServedIndex(
            new PublishedGenerations(gens, new NewsSchema()),
            new NewsSchema(),
            SearchConfig.DEFAULTS)) {
      int leaves = index.withSearcher(s -> s.getIndexReader().leaves().size());
      int slices = index.withSearcher(s -> s.withExecutor(pool, 2).getSlices().length);
      assertTrue(leaves >= 2, "the index has " + leaves + " segments");
      assertEquals(2, slices);
    } finally {
      pool.shutdown();
    }
  }
}
