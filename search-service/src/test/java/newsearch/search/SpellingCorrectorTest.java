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

  private String corrected(String query) throws IOException {
    return search(query, SearchConfig.DEFAULTS).correctedQuery();
  }

  private static SearchRequest exact(String query) {
    return new SearchRequest(
        query,
        List.of(),
        null,
        null,
        SortOrder.RELEVANCE,
        1,
        10,
        null,
        true,
        null,
        List.of(),
        false,
        Spelling.EXACT,
        null,
        null);
  }

  @Test
  void answersTheIndexedSpellingOfAMisspeltWord() throws IOException {
    SearchResponse response = search("treatty", SearchConfig.DEFAULTS);
    assertEquals(2, response.total());
    assertEquals("treaty", response.correctedQuery());
    assertEquals("treatty", response.originalQuery());
    assertEquals(List.of("a1", "a2"), response.hits().stream().map(Hit::id).sorted().toList());
    assertNull(response.suggestion());
  }

  @Test
  void correctsEveryMisspeltWordOfTheQuery() throws IOException {
    SearchResponse response = search("peece treatty talcks", SearchConfig.DEFAULTS);
    assertEquals("peace treaty talks", response.correctedQuery());
    assertEquals(2, response.total());
  }

  @Test
  void spellExactSearchesAsTypedAndOffersTheCorrection() throws IOException {
    try (NewsSearcher searcher = TestIndex.open(dir, ARTICLES, SearchConfig.DEFAULTS)) {
      SearchResponse response = searcher.search(exact("peace treatty"));
      assertEquals(2, response.total());
      assertEquals(List.of("a1", "a2"), response.hits().stream().map(Hit::id).sorted().toList());
      assertNull(response.correctedQuery());
      assertEquals("peace treaty", response.suggestion());
    }
  }

  @Test
  void picksTheSpellingTheQuerysOtherWordsGoWith() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      articles.add(TestIndex.article("blair" + i, "Tony Blair visits " + i, "Mr Blair spoke."));
    }
    for (int i = 0; i < 8; i++) {
      articles.add(TestIndex.article("blame" + i, "Blame game " + i, "Nobody takes the blame."));
    }
    try (NewsSearcher searcher = TestIndex.open(dir, articles, SearchConfig.DEFAULTS)) {
      assertEquals(
          "tony blair", searcher.search(SearchRequest.of("tony blare", 10)).correctedQuery());
      assertEquals(3, searcher.search(SearchRequest.of("tony blare", 10)).total());
    }
  }

  @Test
  void neverCorrectsAWordTheIndexKnowsWellNamesIncluded() throws IOException {
    List<Article> articles = new ArrayList<>();
    articles.add(TestIndex.article("lama1", "Tony Lama boots", "Tony Lama makes boots."));
    articles.add(TestIndex.article("lama2", "Lama buys Coulson", "Lama agreed to buy it."));
    for (int i = 0; i < 30; i++) {
      articles.add(TestIndex.article("llama" + i, "Llama farm " + i, "A llama grazes."));
    }
    try (NewsSearcher searcher = TestIndex.open(dir, articles, SearchConfig.DEFAULTS)) {
      SearchResponse response = searcher.search(SearchRequest.of("tony lama", 10));
      assertNull(response.correctedQuery());
      assertNull(response.suggestion());
      assertEquals(List.of("lama1", "lama2"), response.hits().stream().map(Hit::id).toList());
    }
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
      assertEquals(10, typo.total());
      assertEquals("treaty", typo.correctedQuery());
      SearchResponse rare = searcher.search(SearchRequest.of("glass", 10));
      assertEquals(1, rare.total());
      assertNull(rare.correctedQuery());
    }
  }

  @Test
  void correctsToWordsAsWrittenRatherThanTheirStems() throws IOException {
    assertEquals("negotiations", corrected("negotiatons"));
  }

  @Test
  void keepsTheQuerySyntaxAndTheCaseOfEachWord() throws IOException {
    assertEquals("\"Peace treaty\" -bank", corrected("\"Peece treaty\" -bank"));
    assertEquals("title:PEACE", corrected("title:PEECE"));
  }

  @Test
  void correctsNothingForCorrectlySpeltOrDistantWords() throws IOException {
    assertNull(corrected("treaty"));
    assertNull(corrected("zzyzx"));
    // Alone, two edits from "talks" is too far for a word of five letters.
    assertNull(corrected("tulkz"));
    assertEquals("talks", corrected("tulks"));
  }

  @Test
  void spellingOffSearchesEveryQueryAsTyped() throws IOException {
    SearchConfig off = SearchConfig.builder().suggestions(s -> s.spelling(false)).build();
    SearchResponse response = search("treatty", off);
    assertEquals(0, response.total());
    assertNull(response.correctedQuery());
    assertNull(response.suggestion());
  }

  @Test
  void respellsQueriesOfUpToTwelveWordsOnly() throws IOException {
    String twelve = "treatty" + " talks".repeat(11);
    assertEquals("treaty" + " talks".repeat(11), corrected(twelve));
    assertNull(corrected(twelve + " talks"));
  }
}
