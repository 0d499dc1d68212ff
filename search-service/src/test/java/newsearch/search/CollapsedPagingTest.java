package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.Article;
import newsearch.schema.DuplicateKey;
import newsearch.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of wire stories collapse across the whole ranking: walked page by page, by number or by
 * cursor, at any page size, every match is counted exactly once (shown, or in the {@code
 * duplicates} of the one copy shown), and the hits are those of a brute-force oracle that collapses
 * the full ranking at once.
 */
class CollapsedPagingTest {

  private static final List<String> WORDS =
      List.of(
          "harbour",
          "ferry",
          "storm",
          "council",
          "strike",
          "budget",
          "river",
          "bridge",
          "tram",
          "school",
          "market",
          "festival",
          "court",
          "police",
          "airport",
          "museum",
          "flood",
          "election",
          "minister",
          "energy",
          "border",
          "trade",
          "summit",
          "weather",
          "port");
  private static final List<String> QUERIES = List.of("harbour", "ferry storm");
  private static final int[] SIZES = {1, 3, 10, 37};
  private static final long SEED = 20_240_615L;

  @TempDir Path dir;

  /** One hit as a reader sees it: which article, standing for how many others. */
  private record Shown(String id, int duplicates) {}

  /**
   * Twenty stories sent out in one to five copies each (the same opening of 60 words under other
   * ids, headlines and sign-offs, so the copies score apart), and a dozen short notes too short to
   * have a duplicate key. Every article has its own date.
   */
  private static List<Article> corpus(Random random) {
    List<Article> articles = new ArrayList<>();
    LocalDate day = LocalDate.of(2021, 3, 1);
    for (int story = 0; story < 20; story++) {
      String opening = words(random, 60);
      int copies = 1 + random.nextInt(5);
      for (int copy = 0; copy < copies; copy++) {
        articles.add(
            TestIndex.article(
                "s" + story + "-c" + copy,
                words(random, 3 + random.nextInt(3)),
                opening + ". " + words(random, 1 + random.nextInt(40)) + ".",
                day.plusDays(articles.size()).toString(),
                null));
      }
    }
    for (int note = 0; note < 12; note++) {
      articles.add(
          TestIndex.article(
              "n" + note,
              words(random, 3),
              words(random, 5 + random.nextInt(10)) + ".",
              day.plusDays(articles.size()).toString(),
              null));
    }
    return articles;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return text.toString();
  }

  private static SearchConfig proximityWindow(int window) {
    return SearchConfig.builder().ranking(r -> r.proximityWindow(window)).build();
  }

  /**
   * The oracle: the whole ranking collapsed at once, each key shown at its first (best-ranked)
   * match, counting the other matches with that key.
   */
  private static List<Shown> collapsedAtOnce(List<String> ranking, Map<String, Article> byId) {
    Map<String, Integer> perKey = new HashMap<>();
    for (String id : ranking) {
      String key = DuplicateKey.of(byId.get(id).body());
      if (key != null) {
        perKey.merge(key, 1, Integer::sum);
      }
    }
    Set<String> seenKeys = new HashSet<>();
    List<Shown> shown = new ArrayList<>();
    for (String id : ranking) {
      String key = DuplicateKey.of(byId.get(id).body());
      if (key == null) {
        shown.add(new Shown(id, 0));
      } else if (seenKeys.add(key)) {
        shown.add(new Shown(id, perKey.get(key) - 1));
      }
    }
    return shown;
  }

  /**
   * Every match, copies included, in the order of {@code sort}: by relevance as ranked, by date
   * newest or oldest first.
   */
  private static List<String> ranking(
      IndexGenerations gens,
      SearchConfig config,
      String query,
      SortOrder sort,
      Map<String, Article> byId)
      throws IOException {
    List<String> ranked = UncollapsedRanking.of(gens, config, query);
    Comparator<String> byDate = Comparator.comparing((String id) -> byId.get(id).date());
    return switch (sort) {
      case RELEVANCE -> ranked;
      case DATE -> ranked.stream().sorted(byDate.reversed()).toList();
      case OLDEST -> ranked.stream().sorted(byDate).toList();
    };
  }

  private static SearchRequest request(
      String query, SortOrder sort, int page, int size, String cursor) {
    return new SearchRequest(query, List.of(), null, null, sort, page, size, cursor, true);
  }

  private static List<Shown> shown(SearchResponse response) {
    return response.hits().stream().map(h -> new Shown(h.id(), h.duplicates())).toList();
  }

  /** All pages by cursor; each page but the last is full, and the last has no cursor. */
  private static List<Shown> byCursor(NewsSearcher s, String query, SortOrder sort, int size)
      throws IOException {
    List<Shown> walked = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 500; pages++) {
      SearchResponse response = s.search(request(query, sort, 1, size, cursor));
      walked.addAll(shown(response));
      cursor = response.cursor();
      if (cursor == null) {
        return walked;
      }
      assertEquals(size, response.hits().size(), "a page with a cursor after it is full");
    }
    throw new AssertionError("the cursor never ended");
  }

  /** All pages by number, up to the first empty one; only the last non-empty one has no cursor. */
  private static List<Shown> byNumber(NewsSearcher s, String query, SortOrder sort, int size)
      throws IOException {
    List<Shown> walked = new ArrayList<>();
    SearchResponse previous = null;
    for (int page = 1; page < 500; page++) {
      SearchResponse response = s.search(request(query, sort, page, size, null));
      if (response.hits().isEmpty()) {
        assertNull(response.cursor());
        assertTrue(previous == null || previous.cursor() == null, "a cursor to an empty page");
        return walked;
      }
      assertTrue(previous == null || previous.cursor() != null, "no cursor before page " + page);
      walked.addAll(shown(response));
      previous = response;
    }
    throw new AssertionError("the pages never ended");
  }

  @Test
  void everyMatchIsCountedOnceAndNoCopyReappearsWhateverThePaging() throws IOException {
    Random random = new Random(SEED);
    List<Article> articles = corpus(random);
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    int checkedCopies = 0;
    for (int window : new int[] {7, RankingConfig.DEFAULT_PROXIMITY_WINDOW}) {
      IndexGenerations gens = TestIndex.build(dir.resolve("window-" + window), articles);
      SearchConfig config = proximityWindow(window);
      try (NewsSearcher s = NewsSearcher.open(gens, new NewsSchema(), config)) {
        for (String query : QUERIES) {
          for (SortOrder sort : SortOrder.values()) {
            List<Shown> expected = collapsedAtOnce(ranking(gens, config, query, sort, byId), byId);
            long total = s.search(request(query, sort, 1, 10, null)).total();
            String what = "seed " + SEED + ", window " + window + ", q=" + query + ", " + sort;
            assertEquals(
                total, expected.stream().mapToInt(h -> 1 + h.duplicates()).sum(), what + " oracle");
            checkedCopies += expected.stream().mapToInt(Shown::duplicates).sum();
            for (int size : SIZES) {
              for (List<Shown> walked :
                  List.of(byCursor(s, query, sort, size), byNumber(s, query, sort, size))) {
                assertEquals(expected, walked, what + ", size " + size);
                assertEquals(
                    total,
                    walked.stream().mapToInt(h -> 1 + h.duplicates()).sum(),
                    what + ", size " + size + ": shown plus their duplicates");
                assertEquals(
                    walked.size(),
                    walked.stream().map(Shown::id).distinct().count(),
                    what + ", size " + size + ": an id repeated");
              }
            }
          }
        }
      }
    }
    assertTrue(checkedCopies > 20, "the corpus collapsed only " + checkedCopies + " copies");
  }

  @Test
  void aCopyRankedFarBelowItsBestCopyIsCountedOnTheFirstPageAndNeverShown() throws IOException {
    String wire =
        "Dock workers at the eastern harbour stopped loading ships at dawn on Tuesday after talks"
            + " on shift patterns broke down, leaving container vessels anchored offshore and"
            + " hauliers queueing along the coast road while both sides said they were ready to"
            + " meet again. The port authority said perishable cargo would be moved first once"
            + " work resumed, and asked drivers to stay away from the terminal gates until the"
            + " morning";
    List<Article> articles = new ArrayList<>();
    articles.add(TestIndex.article("wire-best", "Harbour harbour strike", wire + ".", null, null));
    for (int i = 0; i < 30; i++) {
      articles.add(
          TestIndex.article(
              String.format("own-%02d", i),
              "Harbour notes " + i,
              "The harbour in brief, item " + i + ".",
              null,
              null));
    }
    articles.add(
        TestIndex.article(
            "wire-copy",
            "Coast road queues",
            wire + " by the evening. Filed by our desk.",
            null,
            null));
    IndexGenerations gens = TestIndex.build(dir, articles);
    try (NewsSearcher s = TestIndex.open(gens)) {
      List<String> ranked = UncollapsedRanking.of(gens, SearchConfig.DEFAULTS, "harbour");
      assertEquals("wire-best", ranked.get(0));
      assertEquals("wire-copy", ranked.get(ranked.size() - 1));
      SearchResponse first = s.search(request("harbour", SortOrder.RELEVANCE, 1, 2, null));
      assertEquals(List.of(new Shown("wire-best", 1), new Shown("own-00", 0)), shown(first));
      assertEquals(32, first.total());
      List<Shown> walked = byCursor(s, "harbour", SortOrder.RELEVANCE, 2);
      assertEquals(31, walked.size());
      assertTrue(walked.stream().noneMatch(h -> h.id().equals("wire-copy")), walked.toString());
      assertEquals(
          walked.stream().map(Shown::id).toList(),
          s.rank("harbour", 100).stream().map(RankedId::id).toList());
    }
  }

  @Test
  void aDeepRankingIsThePagesOfSearchLaidEndToEndWithFreshnessAndCopies() throws IOException {
    List<Article> articles = corpus(new Random(SEED));
    SearchConfig fresh =
        SearchConfig.builder().ranking(r -> r.recencyWeight(0.5).recencyHalfLifeDays(10)).build();
    // A day within the corpus's dates, so that freshness reorders the matches.
    Clock clock = Clock.fixed(Instant.parse("2021-04-15T00:00:00Z"), ZoneOffset.UTC);
    try (NewsSearcher s =
        NewsSearcher.open(TestIndex.build(dir, articles), new NewsSchema(), fresh, clock)) {
      for (String query : QUERIES) {
        List<RankedId> paged = new ArrayList<>();
        long total = 0;
        for (int page = 1; page < 100; page++) {
          SearchResponse response = s.search(request(query, SortOrder.RELEVANCE, page, 10, null));
          response.hits().forEach(hit -> paged.add(new RankedId(hit.id(), hit.score())));
          total = response.total();
          if (response.cursor() == null) {
            break;
          }
        }
        assertTrue(paged.size() < total, query + ": no copies collapsed");
        assertEquals(paged, s.rank(query, 10_000), "seed " + SEED + ", q=" + query);
      }
    }
  }
}
