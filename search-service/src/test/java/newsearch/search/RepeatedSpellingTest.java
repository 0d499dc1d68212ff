package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spellings found for a word are kept for the served reader: a misspelt query asked again is
 * corrected as the first time, and once articles with a new spelling are served, the new reader
 * finds it rather than answering from what the old one held.
 */
class RepeatedSpellingTest {

  private static final List<Article> ARTICLES =
      List.of(
          article("a1", "Peace treaty talks resume", "Negotiations resumed in Moscow."),
          article("a2", "Treaty talks stall", "Negotiations stalled again."),
          article("a3", "Central bank raises rates", "The bank raised its rates."));

  @TempDir Path dir;

  @Test
  void aMisspeltQueryAskedAgainIsCorrectedAsTheFirstTime() throws IOException {
    try (NewsSearcher searcher = TestIndex.open(dir, ARTICLES, SearchConfig.DEFAULTS)) {
      SearchResponse first = searcher.search(SearchRequest.of("negotiatons", 10));
      SearchResponse again = searcher.search(SearchRequest.of("negotiatons", 10));
      assertEquals("negotiations", first.correctedQuery());
      assertEquals(first.correctedQuery(), again.correctedQuery());
      assertEquals(first.total(), again.total());
    }
  }

  @Test
  void aNewReaderFindsASpellingTheOldOneLacked() throws IOException {
    IndexGenerations gens = TestIndex.build(dir, ARTICLES);
    try (NewsSearcher searcher = TestIndex.open(gens)) {
      SearchResponse before = searcher.search(SearchRequest.of("harbpur", 10));
      List<Article> harbour = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        harbour.add(article("h" + i, "Harbour reopens " + i, "The harbour reopened."));
      }
      new IndexStore(gens).update(new ParsedInput(harbour, List.of(), List.of()));
      searcher.refresh();
      SearchResponse after = searcher.search(SearchRequest.of("harbpur", 10));
      assertNull(before.correctedQuery(), "nothing is spelt like harbpur before the update");
      assertEquals(0, before.total());
      assertEquals("harbour", after.correctedQuery());
      assertEquals(3, after.total());
    }
  }
}
