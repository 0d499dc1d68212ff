package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.facet.FacetCounts;
import newsearch.search.facet.FacetCounts.FacetValue;
import newsearch.search.facet.FacetCounts.RecentCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news-specific behaviours of the search core, each on a small index built for it. */
class NewsSearchFeaturesTest {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private NewsSearcher open(SearchConfig config, Article... articles) throws IOException {
    return NewsSearcher.open(
        TestIndex.build(dir.resolve("idx-" + System.nanoTime()), List.of(articles)),
        new NewsSchema(),
        config,
        TODAY);
  }

  private static SearchConfig config(String json) {
    return SearchConfigFile.merge(
        SearchConfig.DEFAULTS, com.google.gson.JsonParser.parseString(json).getAsJsonObject());
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private static SearchRequest request(String q, SortOrder sort, int size, String cursor) {
    return new SearchRequest(q, List.of(), null, null, sort, 1, size, cursor, true);
  }

  @Test
  void wordsStandingTogetherRankAboveScatteredOnes() throws IOException {
    try (NewsSearcher s =
        open(
            SearchConfig.DEFAULTS,
            article(
                "scattered",
                "Talks",
                "Peace is hoped for. Later the treaty text was read.",
                null,
                null),
            article(
                "together",
                "Talks",
                "The peace treaty text was read. Later more was hoped for.",
                null,
                null))) {
      assertEquals(
          List.of("together", "scattered"), ids(s.search(SearchRequest.of("peace treaty", 10))));
    }
  }

  @Test
  void titlesHoldingTheQueryRankAboveBodiesHoldingIt() throws IOException {
    List<Article> articles = new ArrayList<>();
    articles.add(
        article("body", "Market report", "Shares fell as the harbour strike went on.", null, null));
    articles.add(
        article(
            "title",
            "Harbour strike goes on",
            "Shares fell as the dock dispute went on.",
            null,
            null));
    for (int i = 0; i < 8; i++) {
      articles.add(
          article(
              "other" + i, "Port news " + i, "A harbour and a strike, day " + i + ".", null, null));
    }
    try (NewsSearcher s = open(SearchConfig.DEFAULTS, articles.toArray(Article[]::new))) {
      assertEquals("title", ids(s.search(SearchRequest.of("harbour strike", 10))).get(0));
    }
  }

  @Test
  void synonymsAreExpandedAtQueryTimeAndMultiWordOnesMatchAsPhrases() throws IOException {
    Article kingdom =
        article("k", "Heat record in the United Kingdom", "Temperatures rose.", null, null);
    Article britain = article("b", "Britain votes", "Polls opened.", null, null);
    Article united = article("u", "United front", "The kingdom of ideas.", null, null);
    try (NewsSearcher s = open(SearchConfig.DEFAULTS, kingdom, britain, united)) {
      assertEquals(Set.of("k", "b"), new HashSet<>(ids(s.search(SearchRequest.of("uk", 10)))));
      assertEquals(Set.of("k", "b"), new HashSet<>(ids(s.search(SearchRequest.of("britain", 10)))));
    }
    try (NewsSearcher s = open(config("{\"synonyms\": false}"), kingdom, britain, united)) {
      assertEquals(List.of(), ids(s.search(SearchRequest.of("uk", 10))));
    }
  }

  @Test
  void freshnessBoostOrdersEqualMatchesNewestFirstWhenEnabled() throws IOException {
    Article old = article("old", "Harbour strike", "Dockers walked out.", "2014-06-15", null);
    Article recent = article("recent", "Harbour strike", "Dockers walked out.", "2024-06-01", null);
    try (NewsSearcher s =
        open(config("{\"recency_weight\": 1.0, \"recency_half_life_days\": 30}"), old, recent)) {
      SearchResponse r = s.search(SearchRequest.of("harbour strike", 10));
      assertEquals(List.of("recent", "old"), ids(r));
      assertTrue(r.hits().get(0).score() > 1.5 * r.hits().get(1).score());
    }
    try (NewsSearcher s = open(SearchConfig.DEFAULTS, old, recent)) {
      SearchResponse r = s.search(SearchRequest.of("harbour strike", 10));
      assertEquals(r.hits().get(0).score(), r.hits().get(1).score());
    }
  }

  @Test
  void dateFacetsCountAsIfTheDateFilterWereNotSetButSectionsStillApply() throws IOException {
    try (NewsSearcher s =
        open(
            SearchConfig.DEFAULTS,
            article("a", "Rain", "Rain fell.", "2024-06-14", "News > Weather"),
            article("b", "Rain", "Rain fell.", "2024-06-10", "News > Weather"),
            article("c", "Rain", "Rain fell.", "2024-01-10", "News > Weather"),
            article("d", "Rain", "Rain fell.", "2019-03-03", "News > Weather"),
            article("e", "Rain", "Rain fell.", "2024-06-14", "Sport"))) {
      SearchRequest lastWeek =
          new SearchRequest(
              "rain",
              List.of(SectionPath.parse("News")),
              LocalDate.of(2024, 6, 8),
              null,
              SortOrder.RELEVANCE,
              1,
              10,
              null,
              true);
      SearchResponse r = s.search(lastWeek);
      assertEquals(Set.of("a", "b"), new HashSet<>(ids(r)));
      assertEquals(
          List.of(new FacetValue("2024", 3), new FacetValue("2019", 1)), r.facets().year());
      assertEquals(
          List.of(
              new FacetValue("2024-06", 2),
              new FacetValue("2024-01", 1),
              new FacetValue("2019-03", 1)),
          r.facets().month());
      assertEquals(
          List.of(
              new RecentCount("day", 1, "2024-06-14"),
              new RecentCount("week", 2, "2024-06-08"),
              new RecentCount("month", 2, "2024-05-16"),
              new RecentCount("year", 3, "2023-06-16")),
          r.facets().recent());
      // Sections count within the date filter but beside the section filter.
      assertEquals(
          List.of("News=2", "Sport=1"),
          r.facets().section().stream().map(n -> n.value() + "=" + n.count()).toList());
    }
  }

  @Test
  void copiesOfAWireStoryCollapseIntoOneHitThatCountsThem() throws IOException {
    String wire =
        "Rail workers across the region walked out on Monday in a dispute over pay and hours, "
            + "halting most commuter services and forcing thousands to work from home while union leaders "
            + "and operators traded blame over the failed talks that had run late into Sunday night. "
            + "Station staff said platforms were quiet by mid-morning, and bus companies added extra "
            + "services on the busiest routes into the city centre to carry those who had to travel.";
    try (NewsSearcher s =
        open(
            SearchConfig.DEFAULTS,
            article("wire-a", "Rail strike halts commuters", wire, "2023-05-01", "News"),
            article(
                "wire-b",
                "Commuters stranded by rail strike",
                wire + " Reporting by our desk.",
                "2023-05-01",
                "Business"),
            article(
                "own",
                "Rail strike: what we know",
                "Our own report on the rail strike and its causes.",
                "2023-05-01",
                "News"))) {
      SearchResponse r = s.search(SearchRequest.of("rail strike", 10));
      assertEquals(2, r.hits().size());
      assertEquals(3, r.total());
      Hit wireHit =
          r.hits().stream().filter(h -> h.id().startsWith("wire")).findFirst().orElseThrow();
      assertEquals(1, wireHit.duplicates());
      String other = wireHit.id().equals("wire-a") ? "wire-b" : "wire-a";
      Hit.Copy copy = wireHit.copies().get(0);
      assertEquals(1, wireHit.copies().size());
      assertEquals(other, copy.id());
      assertEquals(other.equals("wire-a") ? "News" : "Business", copy.section());
      assertEquals("2023-05-01", copy.date());
      Hit own = r.hits().stream().filter(h -> h.id().equals("own")).findFirst().orElseThrow();
      assertEquals(List.of(), own.copies());
    }
  }

  @Test
  void cursorPagingReturnsEveryHitExactlyOnce() throws IOException {
    List<Article> many =
        harbourNews(
            i ->
                "The harbour " + "busy ".repeat(i % 7) + "day " + i + " of " + (i * 31 % 101) + ".",
            i -> i % 5 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i % 9).toString());
    try (NewsSearcher s = open(SearchConfig.DEFAULTS, many.toArray(Article[]::new))) {
      for (SortOrder order : SortOrder.values()) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
          SearchResponse r = s.search(request("harbour", order, 10, cursor));
          seen.addAll(ids(r));
          cursor = r.cursor();
          pages++;
        } while (cursor != null && pages < 20);
        assertEquals(57, seen.size(), order + ": " + seen);
        assertEquals(57, new HashSet<>(seen).size(), order + " repeated a hit");
      }
    }
  }

  /**
   * Articles on the harbour and the day: in the even ones the two words stand together, in the odd
   * ones apart, and shorter, so that they rank first on the words alone.
   */
  private static List<Article> harbourDays() {
    return harbourNews(
        i ->
            i % 2 == 0
                ? "The harbour day " + "calm ".repeat(5 + i % 5)
                : "The harbour " + "busy ".repeat(4 + i % 3) + "day",
        i -> null);
  }

  /**
   * Fifty-seven articles {@code a00} to {@code a56} titled "Harbour news i", with no section and
   * the body and date (or null) these give for i.
   */
  private static List<Article> harbourNews(IntFunction<String> body, IntFunction<String> date) {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 57; i++) {
      many.add(
          article(
              String.format("a%02d", i), "Harbour news " + i, body.apply(i), date.apply(i), null));
    }
    return many;
  }

  @Test
  void cursorPagesFollowTheProximityReRankingAcrossItsWindow() throws IOException {
    try (NewsSearcher s =
        open(config("{\"proximity_window\": 15}"), harbourDays().toArray(Article[]::new))) {
      List<String> ranked = s.rank("harbour day", 100).stream().map(RankedId::id).toList();
      List<String> byPage = new ArrayList<>();
      for (int page = 1; page <= 6; page++) {
        byPage.addAll(
            ids(
                s.search(
                    new SearchRequest(
                        "harbour day",
                        List.of(),
                        null,
                        null,
                        SortOrder.RELEVANCE,
                        page,
                        10,
                        null,
                        true))));
      }
      List<String> byCursor = new ArrayList<>();
      String cursor = null;
      do {
        SearchResponse r = s.search(request("harbour day", SortOrder.RELEVANCE, 10, cursor));
        byCursor.addAll(ids(r));
        cursor = r.cursor();
      } while (cursor != null && byCursor.size() < 100);
      assertEquals(57, ranked.size());
      assertEquals(ranked, byPage);
      assertEquals(ranked, byCursor);
    }
    try (NewsSearcher words =
            open(config("{\"phrase_boost\": 0}"), harbourDays().toArray(Article[]::new));
        NewsSearcher near =
            open(config("{\"proximity_window\": 15}"), harbourDays().toArray(Article[]::new))) {
      List<String> plain = words.rank("harbour day", 100).stream().map(RankedId::id).toList();
      List<String> reRanked = near.rank("harbour day", 100).stream().map(RankedId::id).toList();
      assertNotEquals(plain.subList(0, 15), reRanked.subList(0, 15));
      assertEquals(new HashSet<>(plain.subList(0, 15)), new HashSet<>(reRanked.subList(0, 15)));
      assertEquals(plain.subList(15, 57), reRanked.subList(15, 57));
    }
  }

  @Test
  void withoutFacetsTheTotalIsExactOnlyUpToTheConfiguredCount() throws IOException {
    try (NewsSearcher s =
        open(config("{\"exact_total_up_to\": 5}"), harbourDays().toArray(Article[]::new))) {
      SearchResponse counted = s.search(SearchRequest.of("harbour", 10));
      assertEquals(57, counted.total());
      assertTrue(counted.totalExact());
      SearchResponse uncounted =
          s.search(
              new SearchRequest(
                  "harbour", List.of(), null, null, SortOrder.RELEVANCE, 1, 10, null, false));
      assertFalse(uncounted.totalExact());
      assertTrue(uncounted.total() >= 5 && uncounted.total() <= 57, "total " + uncounted.total());
      assertEquals(ids(counted), ids(uncounted));
      assertEquals(FacetCounts.EMPTY, uncounted.facets());
      SearchResponse few =
          s.search(
              new SearchRequest(
                  "\"harbour news 7\"",
                  List.of(),
                  null,
                  null,
                  SortOrder.RELEVANCE,
                  1,
                  10,
                  null,
                  false));
      assertEquals(1, few.total());
      assertTrue(few.totalExact());
    }
  }

  @Test
  void aCursorOfAnotherSortIsRejected() throws IOException {
    try (NewsSearcher s =
        open(
            SearchConfig.DEFAULTS,
            article("a", "Harbour", "Harbour.", null, null),
            article("b", "Harbour", "Harbour too.", null, null))) {
      String cursor = s.search(request("harbour", SortOrder.RELEVANCE, 1, null)).cursor();
      assertNotNull(cursor);
      InvalidRequestException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              InvalidRequestException.class,
              () -> s.search(request("harbour", SortOrder.DATE, 1, cursor)));
      assertEquals("invalid_cursor", e.code());
      assertEquals(
          "invalid_cursor",
          org.junit.jupiter.api.Assertions.assertThrows(
                  InvalidRequestException.class,
                  () -> s.search(request("harbour", SortOrder.RELEVANCE, 1, "not-a-cursor")))
              .code());
      assertNull(s.search(request("harbour", SortOrder.RELEVANCE, 5, null)).cursor());
    }
  }

  @Test
  void highlightsReachPastTheHighlightersDefaultWindow() throws IOException {
    String longBody =
        "Filler sentence about nothing much. ".repeat(600) + "The glass tram depot opened.";
    assertTrue(longBody.length() > 20_000);
    try (NewsSearcher s =
        open(SearchConfig.DEFAULTS, article("long", "Trams", longBody, null, null))) {
      Hit hit = s.search(SearchRequest.of("\"glass tram depot\"", 10)).hits().get(0);
      assertEquals(List.of("The <mark>glass tram depot</mark> opened."), hit.highlights().body());
    }
  }

  @Test
  void configurationFilesNameOnlyWhatTheyChange() {
    SearchConfig changed = config("{\"k1\": 0.9, \"phrase_slop\": 4}");
    assertEquals(0.9, changed.ranking().k1());
    assertEquals(4, changed.ranking().phraseSlop());
    assertEquals(SearchConfig.DEFAULTS.ranking().titleBoost(), changed.ranking().titleBoost());
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> config("{\"k_one\": 0.9}"));
    assertTrue(e.getMessage().contains("unknown setting 'k_one'"), e.getMessage());
    JsonObject unused = new JsonObject();
    assertEquals(SearchConfig.DEFAULTS, SearchConfigFile.merge(SearchConfig.DEFAULTS, unused));
  }
}
