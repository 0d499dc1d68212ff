package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search asked again is answered from the counts kept for the served reader, with the total and
 * facets it had the first time, and a new reader counts afresh; with no counts kept, every search
 * counts, with the same answers.
 */
class RepeatedSearchTest {

  private static final List<Article> ARTICLES =
      List.of(
          article("j1", "Japan signs peace treaty", "Signed.", "2021-10-07", "News > Japan"),
          article("e1", "Treaty talks in Paris", "Talks.", "2019-05-05", "News > Europe"),
          article("e2", "Treaty on trade", "Trade.", "2020-02-02", "News > Europe"));

  @TempDir Path dir;

  private static SearchRequest faceted(String query) {
    return SearchRequest.of(query, 10);
  }

  @Test
  void aRepeatedSearchGivesTheSameTotalAndFacetsFromOneKeptCount() throws IOException {
    try (NewsSearcher searcher = TestIndex.open(dir, ARTICLES, SearchConfig.DEFAULTS)) {
      SearchResponse first = searcher.search(faceted("treaty"));
      assertEquals(1, searcher.keptCounts());
      SearchResponse again = searcher.search(faceted("treaty"));
      assertEquals(1, searcher.keptCounts(), "the repeated search kept a second count");
      assertEquals(3, first.total());
      assertEquals(first.total(), again.total());
      assertEquals(first.facets(), again.facets());
      searcher.search(faceted("trade"));
      assertEquals(2, searcher.keptCounts());
    }
  }

  @Test
  void aNewReaderCountsTheArticlesAddedSinceTheCountWasKept() throws IOException {
    IndexGenerations gens = TestIndex.build(dir, ARTICLES);
    try (NewsSearcher searcher = TestIndex.open(gens)) {
      SearchResponse before = searcher.search(faceted("treaty"));
      new IndexStore(gens)
          .update(
              new ParsedInput(
                  List.of(article("j2", "Treaty ferry", "Boats.", "2022-01-02", "News > Japan")),
                  List.of(),
                  List.of()));
      searcher.refresh();
      SearchResponse after = searcher.search(faceted("treaty"));
      assertEquals(3, before.total());
      assertEquals(4, after.total());
      assertNotEquals(before.facets(), after.facets());
    }
  }

  @Test
  void withNoCountsKeptEverySearchCountsAndAnswersTheSame() throws IOException {
    SearchConfig none = SearchConfig.builder().limits(l -> l.countCacheEntries(0)).build();
    IndexGenerations gens = TestIndex.build(dir, ARTICLES);
    try (NewsSearcher keeping = TestIndex.open(gens);
        NewsSearcher counting = NewsSearcher.open(gens, new NewsSchema(), none)) {
      for (String query : List.of("treaty", "treaty", "talks")) {
        SearchResponse kept = keeping.search(faceted(query));
        SearchResponse counted = counting.search(faceted(query));
        assertEquals(kept.total(), counted.total());
        assertEquals(kept.facets(), counted.facets());
      }
      assertEquals(0, counting.keptCounts());
    }
  }
}
