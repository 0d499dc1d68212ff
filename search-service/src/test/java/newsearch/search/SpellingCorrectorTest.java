package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingCorrectorTest {

  private static final List<Article> ARTICLES =
      List.of(
          TestIndex.article(
              "a1",
              "Japan and Russia resume peace treaty talks",
              "Negotiations over the islands resumed in Moscow."),
          TestIndex.article(
              "a2", "Peace treaty talks stall", "Negotiations stalled again over the islands."),
          TestIndex.article(
              "a3", "Central bank raises rates", "The bank raised its rates to fight inflation."));

  @TempDir Path dir;

  private SearchResponse search(String query, SearchConfig config) throws IOException {
    try (NewsSearcher searcher = TestIndex.open(dir, ARTICLES, config)) {
      return searcher.search(SearchRequest.of(query, 10));
    }
  }

  private String suggestion(String query) throws IOException {
    return search(query, SearchConfig.DEFAULTS).suggestion();
  }

  @Test
  void suggestsTheIndexedSpellingOfAMisspeltWord() throws IOException {
    SearchResponse response = search("treatty", SearchConfig.DEFAULTS);
    assertEquals(0, response.total());
    assertEquals("treaty", response.suggestion());
  }

  @Test
  void correctsAWordEvenWhenTheCorrectionFindsTheSameArticles() throws IOException {
    SearchResponse response = search("peace treatty", SearchConfig.DEFAULTS);
    assertEquals(2, response.total());
    assertEquals("peace treaty", response.suggestion());
  }

  @Test
  void correctsARareIndexedWordOnlyToOneTenTimesAsFrequent() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      articles.add(TestIndex.article("t" + i, "Treaty talks " + i, "The treaty was discussed."));
    }
    articles.add(TestIndex.article("typo", "Treatty talks", "A typo in an old article."));
    articles.add(TestIndex.article("glass", "Glass depot", "The glass depot reopens."));
    articles.add(TestIndex.article("grass", "Grass courts", "Grass courts and grass fields."));
    articles.add(TestIndex.article("grass-2", "Grass fires", "Grass fires spread."));
    try (NewsSearcher searcher = TestIndex.open(dir, articles, SearchConfig.DEFAULTS)) {
      SearchResponse typo = searcher.search(SearchRequest.of("treatty", 10));
      assertEquals(1, typo.total());
      assertEquals("treaty", typo.suggestion());
      SearchResponse rare = searcher.search(SearchRequest.of("glass", 10));
      assertEquals(1, rare.total());
      assertNull(rare.suggestion());
    }
  }

  @Test
  void suggestsWordsAsWrittenRatherThanTheirStems() throws IOException {
    assertEquals("negotiations", suggestion("negotiatons"));
  }

  @Test
  void keepsTheQuerySyntaxAndTheCaseOfEachWord() throws IOException {
    assertEquals("\"Peace treaty\" -bank", suggestion("\"Peece treaty\" -bank"));
    assertEquals("title:PEACE", suggestion("title:PEECE"));
  }

  @Test
  void suggestsNothingForCorrectlySpeltOrDistantWords() throws IOException {
    assertNull(suggestion("treaty"));
    assertNull(suggestion("zzyzx"));
    // Two edits from "talks" is too far for a word of five letters.
    assertNull(suggestion("tulkz"));
    assertEquals("talks", suggestion("tulks"));
  }

  @Test
  void suggestsOnlyBelowTheConfiguredNumberOfHits() throws IOException {
    SearchResponse belowDefault = search("treatty OR inflation", SearchConfig.DEFAULTS);
    assertEquals(1, belowDefault.total());
    assertEquals("treaty OR inflation", belowDefault.suggestion());

    SearchConfig config = SearchConfig.builder().suggestions(s -> s.spellingBelowHits(1)).build();
    assertNull(search("treatty OR inflation", config).suggestion());
  }

  @Test
  void respellsQueriesOfUpToTwelveWordsOnly() throws IOException {
    String twelve = "treatty" + " zzyzx".repeat(11);
    assertEquals("treaty" + " zzyzx".repeat(11), suggestion(twelve));
    assertNull(suggestion(twelve + " zzyzx"));
  }
}
