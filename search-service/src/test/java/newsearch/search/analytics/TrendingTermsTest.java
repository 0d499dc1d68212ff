package newsearch.search.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.search.TestSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrendingTermsTest {

  @RegisterExtension final TestSearcher rising = new TestSearcher(AnalyticsCorpus.risingStory());

  @Test
  void theNewestWeekIsCountedBackFromTheNewestArticle() throws Exception {
    Trending trending = rising.searcher().analytics().trending(7, 5);

    assertEquals("2024-03-08", trending.from().toString());
    assertEquals("2024-03-14", trending.to().toString());
    assertEquals("2024-03-01", trending.beforeFrom().toString());
    assertEquals("2024-03-07", trending.beforeTo().toString());
    assertEquals(8, trending.articles());
    assertEquals(6, trending.beforeArticles());
  }

  @Test
  void theStoryOfTheNewestWeekRisesWithExactCountsInBothWeeks() throws Exception {
    Trending trending = rising.searcher().analytics().trending(7, 100);

    RisingTerm flood = term(trending, "flood");
    assertEquals(6, flood.recent());
    assertEquals(1, flood.before());
    // New words of the flood story score highest: (6/8 - 1/7) * (6/8) / (1/7), one article added
    // to the week before.
    assertEquals(
        List.of(6L, 0L),
        List.of(trending.terms().get(0).recent(), trending.terms().get(0).before()));
    assertEquals((6.0 / 8 - 1.0 / 7) * (6.0 / 8) * 7, trending.terms().get(0).score(), 1e-9);
    assertTrue(flood.score() < trending.terms().get(0).score());
  }

  @Test
  void theStoryOfTheWeekBeforeDoesNotRise() throws Exception {
    Trending trending = rising.searcher().analytics().trending(7, 100);

    assertTrue(
        trending.terms().stream().noneMatch(t -> t.term().contains("budget")),
        trending.terms().toString());
  }

  private static RisingTerm term(Trending trending, String term) {
    return trending.terms().stream()
        .filter(t -> t.term().equals(term))
        .findFirst()
        .orElseThrow(() -> new AssertionError(term + " not in " + trending.terms()));
  }
}
