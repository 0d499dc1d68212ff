package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sort=oldest}: the archive read from its start, undated articles at the end. */
class OldestFirstTest {

  @TempDir Path dir;

  /** Seven articles on the harbour, two of them undated, in an order unlike their dates. */
  private static final List<Article> ARTICLES =
      List.of(
          article("d", "Harbour four", "The harbour in spring.", "2021-04-01", null),
          article("undated-b", "Harbour undated", "The harbour at some time.", null, null),
          article("a", "Harbour one", "The harbour in winter.", "1987-10-20", null),
          article("c", "Harbour three", "The harbour in autumn.", "2001-09-11", null),
          article("undated-a", "Harbour undated", "The harbour at another time.", null, null),
          article("b", "Harbour two", "The harbour in summer.", "1995-07-04", null),
          article("e", "Harbour five", "The harbour in the rain.", "2024-06-01", null));

  private NewsSearcher open() throws IOException {
    return NewsSearcher.open(
        TestIndex.build(dir.resolve("idx"), ARTICLES), new NewsSchema(), SearchConfig.DEFAULTS);
  }

  private static SearchRequest oldest(String q, int size, String cursor) {
    return new SearchRequest(q, List.of(), null, null, SortOrder.OLDEST, 1, size, cursor, true);
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void oldestComeFirstAndUndatedArticlesLast() throws IOException {
    try (NewsSearcher s = open()) {
      SearchResponse r = s.search(oldest("harbour", 10, null));
      assertEquals("oldest", r.sort());
      // The two undated ones tie on the date; score, then id, break it.
      List<String> seen = ids(r);
      assertEquals(List.of("a", "b", "c", "d", "e"), seen.subList(0, 5));
      assertEquals(
          List.of("undated-a", "undated-b"), seen.subList(5, 7).stream().sorted().toList());
    }
  }

  @Test
  void browsingAsksForTheOldestAndGetsThem() throws IOException {
    try (NewsSearcher s = open()) {
      SearchResponse r = s.search(oldest("", 3, null));
      assertEquals("oldest", r.sort());
      assertEquals(List.of("a", "b", "c"), ids(r));
    }
  }

  @Test
  void cursorPagesWalkTheOldestFirstOrderOnceThroughTheUndated() throws IOException {
    try (NewsSearcher s = open()) {
      List<String> all = ids(s.search(oldest("harbour", 10, null)));
      List<String> walked = new ArrayList<>();
      String cursor = null;
      do {
        SearchResponse page = s.search(oldest("harbour", 2, cursor));
        walked.addAll(ids(page));
        cursor = page.cursor();
      } while (cursor != null && walked.size() < 20);
      assertEquals(all, walked);
      assertNull(cursor);
    }
  }

  @Test
  void numberedPagesOfTheOldestFirstAgreeWithOnePage() throws IOException {
    try (NewsSearcher s = open()) {
      List<String> all = ids(s.search(oldest("harbour", 10, null)));
      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 4; page++) {
        paged.addAll(
            ids(
                s.search(
                    new SearchRequest(
                        "harbour", List.of(), null, null, SortOrder.OLDEST, page, 2, null, true))));
      }
      assertEquals(all, paged);
    }
  }
}
