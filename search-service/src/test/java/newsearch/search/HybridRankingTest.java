package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic and hybrid rankings through the one search pipeline, on a real index with vectors. */
class HybridRankingTest {

  /** Says "unemployment" in other words only. */
  private static final Article JOBLESS =
      article(
          "jobs",
          "Fewer people out of work",
          "The number of jobless workers fell for a third month as factories hired again.",
          "2024-03-01",
          "Economy");

  private static final Article BENEFITS =
      article(
          "benefits",
          "Unemployment office opens in the old library",
          "The new unemployment office opens on Monday in the library building.",
          "2024-02-01",
          "City");

  private static final Article BANK =
      article(
          "bank",
          "Central bank moves",
          "The cost of borrowing rose by a quarter point on Tuesday.",
          "2024-01-15",
          "Economy");

  private static final Article MUSIC =
      article(
          "music",
          "A new symphony",
          "The orchestra played a new work by a young composer to a full hall.",
          "2023-12-01",
          "Culture");

  private static final List<Article> ARTICLES = List.of(MUSIC, BANK, BENEFITS, JOBLESS);

  /** Hybrid ranking whose nearest articles may lack the words, whatever the query's length. */
  private static final SearchConfig ANYWHERE =
      SearchConfig.builder().fusion(f -> f.knnScope(KnnScope.FILTERS)).build();

  @TempDir Path dir;

  private NewsSearcher open(SearchConfig config) throws IOException {
    return NewsSearcher.open(
        TestIndex.buildWithVectors(dir.resolve("idx"), ARTICLES), new NewsSchema(), config);
  }

  private static SearchRequest request(String query, Ranking ranking) {
    return new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 1, 10, null, true)
        .withRanking(ranking);
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }

  @Test
  void semanticRankingFindsAnArticleWithNoWordOfTheQuery() throws IOException {
    try (NewsSearcher searcher = open(SearchConfig.DEFAULTS)) {
      SearchResponse lexical = searcher.search(request("unemployment", Ranking.LEXICAL));
      SearchResponse semantic = searcher.search(request("unemployment", Ranking.SEMANTIC));

      assertEquals(List.of("benefits"), ids(lexical));
      assertEquals("jobs", ids(semantic).get(0), ids(semantic).toString());
      assertEquals(4, semantic.total());
    }
  }

  @Test
  void hybridRankingAnywhereHoldsTheWordMatchesAndTheNearestByMeaningAndCountsTheMatches()
      throws IOException {
    try (NewsSearcher searcher = open(ANYWHERE)) {
      SearchResponse hybrid = searcher.search(request("unemployment", Ranking.HYBRID));

      assertEquals(List.of("benefits", "jobs"), ids(hybrid).subList(0, 2));
      assertEquals(1, hybrid.total());
    }
  }

  @Test
  void hybridRankingOfAShortQueryRanksOnlyTheArticlesHoldingEveryWord() throws IOException {
    // Relaxed only when nothing matches: four articles are too few for the default.
    SearchConfig strict =
        SearchConfig.builder()
            .ranking(r -> r.relaxBelow(1))
            .fusion(f -> f.knnScope(KnnScope.LONG_QUERIES))
            .build();
    try (NewsSearcher searcher = open(strict)) {
      SearchResponse oneWord = searcher.search(request("unemployment", Ranking.HYBRID));
      SearchResponse twoWords = searcher.search(request("new work", Ranking.HYBRID));

      assertEquals(List.of("benefits"), ids(oneWord));
      assertEquals(1, oneWord.total());
      assertEquals(List.of("music"), ids(twoWords));
      assertEquals(1, twoWords.total());
    }
  }

  @Test
  void aShortQueryOrADateOrderIsRankedByTheWordsAloneUnderTheDefaultScope() throws IOException {
    try (NewsSearcher searcher = open(SearchConfig.DEFAULTS)) {
      SearchResponse hybrid = searcher.search(request("unemployment office", Ranking.HYBRID));
      SearchResponse lexical = searcher.search(request("unemployment office", Ranking.LEXICAL));
      String longQuery = "jobless people out of work library";
      SearchResponse newest =
          searcher.search(
              new SearchRequest(longQuery, List.of(), null, null, SortOrder.DATE, 1, 10, null, true)
                  .withRanking(Ranking.HYBRID));
      SearchResponse newestWords =
          searcher.search(
              new SearchRequest(longQuery, List.of(), null, null, SortOrder.DATE, 1, 10, null, true)
                  .withRanking(Ranking.LEXICAL));

      assertEquals(ids(lexical), ids(hybrid));
      assertEquals(
          lexical.hits().stream().map(Hit::score).toList(),
          hybrid.hits().stream().map(Hit::score).toList());
      assertEquals(ids(newestWords), ids(newest));
    }
  }

  @Test
  void hybridRankingWithinTheMatchesAddsNoArticleToALongQuery() throws IOException {
    SearchConfig within = SearchConfig.builder().fusion(f -> f.knnScope(KnnScope.MATCHES)).build();
    try (NewsSearcher anywhere = open(SearchConfig.DEFAULTS);
        NewsSearcher matches =
            NewsSearcher.open(new IndexGenerations(dir.resolve("idx")), new NewsSchema(), within)) {
      SearchRequest query = request("jobless people out of work library", Ranking.HYBRID);
      SearchRequest words = request("jobless people out of work library", Ranking.LEXICAL);

      assertEquals(
          ids(anywhere.search(words)).stream().sorted().toList(),
          ids(matches.search(query)).stream().sorted().toList());
      assertTrue(ids(anywhere.search(query)).size() > ids(anywhere.search(words)).size());
    }
  }

  @Test
  void filtersApplyInsideTheVectorSearch() throws IOException {
    try (NewsSearcher searcher = open(SearchConfig.DEFAULTS)) {
      SearchRequest economy =
          new SearchRequest(
                  "unemployment",
                  List.of(newsearch.schema.SectionPath.parse("Economy")),
                  LocalDate.parse("2024-02-15"),
                  null,
                  SortOrder.RELEVANCE,
                  1,
                  10,
                  null,
                  true)
              .withRanking(Ranking.SEMANTIC);

      SearchResponse semantic = searcher.search(economy);

      assertEquals(List.of("jobs"), ids(semantic));
      assertEquals(1, semantic.total());
    }
  }

  @Test
  void theConfiguredRankingIsTheDefaultOfARequestThatNamesNone() throws IOException {
    SearchConfig semantic = SearchConfig.builder().fusion(f -> f.ranking(Ranking.SEMANTIC)).build();
    try (NewsSearcher searcher = open(semantic)) {
      assertEquals("jobs", ids(searcher.search(SearchRequest.of("unemployment", 10))).get(0));
      assertEquals("jobs", searcher.rank("unemployment", 10).get(0).id());
    }
  }

  @Test
  void fusionIsDeterministicAndBreaksTiesById() throws IOException {
    // One candidate from each list: the other word matches all score 0 and tie.
    SearchConfig narrow =
        SearchConfig.builder().fusion(f -> f.lexicalCandidates(1).knnCandidates(1)).build();
    try (NewsSearcher searcher = open(narrow)) {
      SearchResponse first =
          searcher.search(request("new office library orchestra", Ranking.HYBRID));
      SearchResponse again =
          searcher.search(request("new office library orchestra", Ranking.HYBRID));

      assertEquals(ids(first), ids(again));
      assertEquals(
          first.hits().stream().map(Hit::score).toList(),
          again.hits().stream().map(Hit::score).toList());
      List<Hit> hits = first.hits();
      for (int i = 1; i < hits.size(); i++) {
        Hit before = hits.get(i - 1);
        Hit after = hits.get(i);
        assertTrue(
            before.score() > after.score()
                || (before.score() == after.score() && before.id().compareTo(after.id()) < 0),
            ids(first).toString());
      }
    }
  }

  @Test
  void pagesByCursorGoOnWhereTheHybridRankingLeftOff() throws IOException {
    try (NewsSearcher searcher = open(ANYWHERE)) {
      List<String> whole = ids(searcher.search(request("unemployment", Ranking.HYBRID)));
      SearchResponse first =
          searcher.search(
              new SearchRequest(
                      "unemployment", List.of(), null, null, SortOrder.RELEVANCE, 1, 2, null, false)
                  .withRanking(Ranking.HYBRID));
      SearchResponse second =
          searcher.search(
              new SearchRequest(
                      "unemployment",
                      List.of(),
                      null,
                      null,
                      SortOrder.RELEVANCE,
                      1,
                      2,
                      first.cursor(),
                      false)
                  .withRanking(Ranking.HYBRID));

      assertEquals(whole, List.of(ids(first), ids(second)).stream().flatMap(List::stream).toList());
    }
  }

  @Test
  void anIndexWithoutVectorsRanksByTheWords() throws IOException {
    try (NewsSearcher searcher =
        NewsSearcher.open(
            TestIndex.build(dir.resolve("plain"), ARTICLES),
            new NewsSchema(),
            SearchConfig.DEFAULTS)) {
      assertEquals(
          List.of("benefits"), ids(searcher.search(request("unemployment", Ranking.HYBRID))));
    }
  }

  private static List<String> related(NewsSearcher searcher, String id, Ranking ranking)
      throws IOException {
    return searcher.related(id, 3, ranking).orElseThrow().stream().map(Hit::id).toList();
  }

  @Test
  void relatedArticlesByVectorFindTheStoryToldInOtherWords() throws IOException {
    try (NewsSearcher searcher = open(SearchConfig.DEFAULTS)) {
      // The jobless story shares no distinctive word with any other.
      assertEquals(List.of(), related(searcher, "jobs", Ranking.LEXICAL));
      // By meaning, the two economy stories come before the symphony.
      assertEquals(
          List.of("bank", "benefits", "music"), related(searcher, "jobs", Ranking.SEMANTIC));
    }
  }

  @Test
  void relatedArticlesFusedHoldBothListsInADeterministicOrderWithoutTheArticle()
      throws IOException {
    try (NewsSearcher searcher = open(SearchConfig.DEFAULTS)) {
      List<String> fused = related(searcher, "jobs", Ranking.HYBRID);
      assertEquals(fused, related(searcher, "jobs", Ranking.HYBRID));
      assertEquals(3, fused.size());
      assertTrue(fused.containsAll(List.of("benefits", "music")), fused.toString());
      assertTrue(!fused.contains("jobs"), fused.toString());
    }
  }

  @Test
  void theConfiguredRelatedRankingIsTheDefaultOfACallThatNamesNone() throws IOException {
    SearchConfig byVector =
        SearchConfig.builder().fusion(f -> f.relatedRanking(Ranking.SEMANTIC)).build();
    try (NewsSearcher searcher = open(byVector)) {
      assertEquals(related(searcher, "jobs", Ranking.SEMANTIC), related(searcher, "jobs", null));
    }
  }

  @Test
  void relatedArticlesOfAnIndexWithoutVectorsAreFoundByTheWords() throws IOException {
    try (NewsSearcher searcher =
        NewsSearcher.open(
            TestIndex.build(dir.resolve("plain"), ARTICLES),
            new NewsSchema(),
            SearchConfig.DEFAULTS)) {
      List<String> byWords = related(searcher, "jobs", Ranking.LEXICAL);
      assertEquals(byWords, related(searcher, "jobs", Ranking.SEMANTIC));
      assertEquals(byWords, related(searcher, "jobs", Ranking.HYBRID));
    }
  }
}
