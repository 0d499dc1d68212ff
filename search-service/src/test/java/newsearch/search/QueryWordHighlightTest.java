package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryWordHighlightTest {

  private static final List<Article> ARTICLES =
      List.of(
          TestIndex.article(
              "barge", "OIL BARGE PRICE RISES", "The oil barge price rose as the river froze."),
          TestIndex.article("adjacent", "Oil price falls", "The oil price fell for a third week."));

  @TempDir Path dir;

  private Hit top(String query) throws IOException {
    try (NewsSearcher searcher = TestIndex.open(dir, ARTICLES, SearchConfig.DEFAULTS)) {
      return searcher.search(SearchRequest.of(query, 10)).hits().stream()
          .filter(hit -> hit.id().equals("barge"))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void marksTheQueryWordsNeverTheWordsBetweenThem() throws IOException {
    Hit barge = top("oil price");
    assertEquals("<mark>OIL</mark> BARGE <mark>PRICE</mark> RISES", barge.highlights().title());
    assertEquals(
        List.of("The <mark>oil</mark> barge <mark>price</mark> rose as the river froze."),
        barge.highlights().body());
  }

  @Test
  void marksNeighbouringQueryWordsThatStandTogetherAsOneUnit() throws IOException {
    try (NewsSearcher searcher = TestIndex.open(dir, ARTICLES, SearchConfig.DEFAULTS)) {
      Hit adjacent =
          searcher.search(SearchRequest.of("oil price", 10)).hits().stream()
              .filter(hit -> hit.id().equals("adjacent"))
              .findFirst()
              .orElseThrow();
      assertEquals("<mark>Oil price</mark> falls", adjacent.highlights().title());
    }
  }

  @Test
  void marksAQuotedPhraseAsOneUnit() throws IOException {
    assertEquals("OIL <mark>BARGE PRICE</mark> RISES", top("\"barge price\"").highlights().title());
  }

  @Test
  void aSnippetIsTheSentenceOfTheMatchWithoutTheHeadingAboveIt() throws IOException {
    List<Article> articles =
        List.of(
            TestIndex.article(
                "storm",
                "Storm closes the coast",
                "Key figures\n\nThe harbour reopened on Monday, e.g. for ferries. Trains ran late."));
    try (NewsSearcher searcher = TestIndex.open(dir, articles, SearchConfig.DEFAULTS)) {
      Hit storm = searcher.search(SearchRequest.of("harbour", 10)).hits().get(0);
      assertEquals(
          List.of("The <mark>harbour</mark> reopened on Monday, e.g. for ferries."),
          storm.highlights().body());
    }
  }
}
