package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search that runs out of its time budget answers what it found by then, marked partial. The
 * clock moves a second at every read, so the budget of 1 ms is spent at the first look, on any
 * machine.
 */
class SearchBudgetTest {

  private static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
  private static final int ARTICLES = 600;

  @TempDir Path dir;

  private static SearchConfig budget(long millis) {
    return SearchConfig.builder().limits(l -> l.searchTimeoutMillis(millis)).build();
  }

  private NewsSearcher open(SearchConfig config, Clock clock) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      articles.add(
          TestIndex.article(
              "h" + i,
              "Harbour report " + i,
              "The harbour saw " + i + " ships.",
              LocalDate.of(2020, 1, 1).plusDays(i).toString(),
              i % 2 == 0 ? "News > Japan" : "News > Europe"));
    }
    return NewsSearcher.open(TestIndex.build(dir, articles), new NewsSchema(), config, clock);
  }

  private static SearchRequest inJapan(String q) {
    return TestRequests.inSection(q, "News > Japan");
  }

  @Test
  void withinItsBudgetASearchIsCompleteAndNotPartial() throws IOException {
    Clock fixed = Clock.fixed(NOW, ZoneOffset.UTC);
    try (NewsSearcher searcher = open(budget(1), fixed)) {
      SearchResponse all = searcher.search(SearchRequest.of("harbour", 10));
      assertFalse(all.partial());
      assertEquals(ARTICLES, all.total());
      SearchResponse filtered = searcher.search(inJapan("harbour"));
      assertFalse(filtered.partial());
      assertEquals(ARTICLES / 2, filtered.total());
    }
  }

  @Test
  void overItsBudgetASearchAnswersWhatItHasMarkedPartial() throws IOException {
    try (NewsSearcher searcher = open(budget(1), new SteppingClock(NOW, Duration.ofSeconds(1)))) {
      SearchResponse response = searcher.search(SearchRequest.of("harbour", 10));
      assertTrue(response.partial());
      assertTrue(response.total() < ARTICLES, "total " + response.total());
      assertNull(response.suggestion());
    }
  }

  @Test
  void overItsBudgetABrowseOfTheNewestIsPartialToo() throws IOException {
    try (NewsSearcher searcher = open(budget(1), new SteppingClock(NOW, Duration.ofSeconds(1)))) {
      SearchResponse response = searcher.search(SearchRequest.of("", 10));
      assertTrue(response.partial());
      assertTrue(response.total() < ARTICLES, "total " + response.total());
    }
  }

  @Test
  void overItsBudgetAFilteredSearchStopsCollectingAndIsPartial() throws IOException {
    try (NewsSearcher searcher = open(budget(1), new SteppingClock(NOW, Duration.ofSeconds(1)))) {
      SearchResponse response = searcher.search(inJapan("harbour"));
      assertTrue(response.partial());
      assertTrue(response.total() < ARTICLES / 2, "total " + response.total());
    }
  }
}
