package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import newsearch.schema.Article;
import newsearch.search.highlight.Highlights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RelatedArticlesTest {

  private static final List<Article> ARTICLES =
      Stream.concat(
              TestIndex.peaceTalksAndRates("kuril-1").stream(),
              Stream.of(
                  TestIndex.article(
                      "fed",
                      "Federal Reserve holds interest rates",
                      "The central bank kept rates unchanged. Inflation eased."),
                  TestIndex.article(
                      "boe",
                      "Bank of England raises rates",
                      "The bank raised rates for a fifth time."),
                  TestIndex.article(
                      "cup", "Rivermouth FC win the cup final", "A late goal won it.")))
          .toList();

  @RegisterExtension final TestSearcher index = new TestSearcher(ARTICLES);

  private List<String> relatedIds(String id, int size) throws IOException {
    return index.searcher().related(id, size, null).orElseThrow().stream().map(Hit::id).toList();
  }

  @Test
  void findsArticlesSharingTitleAndBodyWordsButNotTheArticleItself() throws IOException {
    assertEquals(List.of("kuril-2"), relatedIds("kuril-1", 5));
    assertEquals(List.of("boe", "fed"), relatedIds("ecb", 5));
  }

  @Test
  void returnsAtMostSizeArticles() throws IOException {
    assertEquals(List.of("boe"), relatedIds("ecb", 1));
  }

  @Test
  void hitsShowTheTitleAndTheStartOfTheBodyWithoutMarks() throws IOException {
    Hit hit = index.searcher().related("kuril-1", 1, null).orElseThrow().get(0);
    assertEquals("Peace treaty talks over the Kuril islands stall", hit.title());
    assertEquals(
        new Highlights(
            "Peace treaty talks over the Kuril islands stall",
            List.of("Japan and Russia failed to agree on the islands.")),
        hit.highlights());
  }

  @Test
  void anUnknownIdHasNoRelatedArticles() throws IOException {
    assertEquals(Optional.empty(), index.searcher().related("no-such-id", 5, null));
  }

  @Test
  void anArticleWithNothingInCommonHasNoRelatedArticles() throws IOException {
    assertEquals(List.of(), relatedIds("cup", 5));
  }

  @Test
  void rejectsASizeAboveTheMaximumPageSize() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class, () -> index.searcher().related("ecb", 101, null));
    assertEquals("size must be between 1 and 100, got 101", e.getMessage());
  }
}
