package newsearch.search;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsearch.schema.SectionPath;
import newsearch.search.facet.FacetCounts.FacetNode;
import newsearch.search.facet.FacetCounts.FacetValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsSearcherTest {

  @TempDir Path dir;
  private NewsSearcher searcher;

  @BeforeEach
  void buildIndex() throws IOException {
    searcher =
        TestIndex.open(
            TestIndex.build(
                dir,
                List.of(
                    TestIndex.TREATY_SIGNED,
                    article(
                        "j2",
                        "Tokyo markets rise",
                        "Stocks in Tokyo rose. Peace was not mentioned.",
                        "2020-03-01",
                        "News > Japan"),
                    TestIndex.TREATY_TALKS,
                    article(
                        "b1",
                        "Chip makers expand",
                        "New York investors cheered the plant.",
                        "2022-01-10",
                        "Business > Technology"),
                    article(
                        "n1",
                        "Local news outlets merge",
                        "The newspapers will share a newsroom.",
                        "2018-07-07",
                        "Business > Media"),
                    article(
                        "u1", null, "An untitled report about the treaty signing.", null, null))));
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  private SearchResponse search(String q) throws IOException {
    return searcher.search(SearchRequest.of(q, 10));
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void ranksTheTitleAndPhraseMatchFirst() throws IOException {
    SearchResponse r = search("peace treaty");
    assertEquals("j1", r.hits().get(0).id());
    assertEquals(4, r.total());
  }

  @Test
  void marksAPhraseAsOneUnitAndEscapesTheRest() throws IOException {
    Hit top = search("\"peace treaty\"").hits().get(0);
    assertEquals("Japan and Russia sign <mark>peace treaty</mark>", top.highlights().title());
    Hit tokyo = search("tokyo").hits().get(0);
    assertEquals("j2", tokyo.id());
    assertEquals(List.of("Stocks in <mark>Tokyo</mark> rose."), tokyo.highlights().body());
  }

  @Test
  void findsAccentedQueriesAndKeepsNewsApartFromNewYork() throws IOException {
    assertEquals(List.of("j2"), ids(search("Tōkyō")));
    assertEquals(List.of("n1"), ids(search("news")));
  }

  @Test
  void aParentSectionMatchesItsSubsectionsAndSectionsCombineWithOr() throws IOException {
    SearchRequest news =
        new SearchRequest(
            "", List.of(SectionPath.parse("News")), null, null, SortOrder.DATE, 1, 10, null, true);
    assertEquals(List.of("j1", "j2", "e1"), ids(searcher.search(news)));
    SearchRequest two =
        new SearchRequest(
            "",
            List.of(SectionPath.parse("News > Europe"), SectionPath.parse("Business > Media")),
            null,
            null,
            SortOrder.DATE,
            1,
            10,
            null,
            true);
    assertEquals(List.of("e1", "n1"), ids(searcher.search(two)));
  }

  @Test
  void sectionFacetCountsIgnoreTheSectionFilterSoUsersCanSwitch() throws IOException {
    SearchRequest japan = TestRequests.inSection("treaty", "News > Japan");
    SearchResponse r = searcher.search(japan);
    assertEquals(List.of("j1"), ids(r));
    FacetNode newsNode = r.facets().section().get(0);
    assertEquals("News", newsNode.value());
    assertEquals(2, newsNode.count());
    assertEquals(
        List.of(new FacetNode("Europe", 1, List.of()), new FacetNode("Japan", 1, List.of())),
        newsNode.children());
    assertEquals(List.of(new FacetValue("2021", 1)), r.facets().year());
  }

  @Test
  void theSectionTreeListsEveryLevelASectionMayHave(@TempDir Path deep) throws IOException {
    String path = "A > B > C > D > E > F";
    assertEquals(SectionPath.MAX_DEPTH, SectionPath.parse(path).parts().size());
    try (NewsSearcher s =
        TestIndex.open(
            TestIndex.build(
                deep, List.of(article("d1", "Deep story", "Filed deep.", "2021-01-01", path))))) {
      FacetNode level = s.search(SearchRequest.of("deep", 10)).facets().section().get(0);
      StringBuilder listed = new StringBuilder(level.value());
      while (!level.children().isEmpty()) {
        level = level.children().get(0);
        listed.append(SectionPath.SEPARATOR).append(level.value());
      }
      assertEquals(path, listed.toString());
    }
  }

  @Test
  void dateRangeIsInclusiveAtBothEnds() throws IOException {
    SearchRequest range =
        new SearchRequest(
            "",
            List.of(),
            LocalDate.of(2019, 5, 5),
            LocalDate.of(2021, 10, 7),
            SortOrder.DATE,
            1,
            10,
            null,
            true);
    assertEquals(List.of("j1", "j2", "e1"), ids(searcher.search(range)));
  }

  @Test
  void browsingListsNewestFirstWithUndatedLast() throws IOException {
    SearchResponse r = search("");
    assertEquals(List.of("b1", "j1", "j2", "e1", "n1", "u1"), ids(r));
    assertEquals(6, r.total());
    assertEquals("date", r.sort());
    assertEquals(
        List.of("2022", "2021", "2020", "2019", "2018"),
        r.facets().year().stream().map(FacetValue::value).toList());
  }

  @Test
  void theResponseSaysTheOrderItUsed() throws IOException {
    assertEquals("relevance", search("treaty").sort());
    SearchRequest browseByRelevance =
        new SearchRequest("", List.of(), null, null, SortOrder.RELEVANCE, 1, 10, null, true);
    assertEquals("date", searcher.search(browseByRelevance).sort());
  }

  @Test
  void untitledArticlesAreFoundAndShownByTheirFirstWords() throws IOException {
    Hit hit =
        search("signing").hits().stream()
            .filter(h -> h.id().equals("u1"))
            .findFirst()
            .orElseThrow();
    assertTrue(hit.title().startsWith("An untitled report"));
    assertEquals(hit.title(), hit.highlights().title());
  }

  @Test
  void pagesDoNotOverlapAndCoverEveryHit() throws IOException {
    SearchRequest p1 =
        new SearchRequest("", List.of(), null, null, SortOrder.DATE, 1, 4, null, true);
    SearchRequest p2 =
        new SearchRequest("", List.of(), null, null, SortOrder.DATE, 2, 4, null, true);
    List<String> first = ids(searcher.search(p1));
    List<String> second = ids(searcher.search(p2));
    assertEquals(4, first.size());
    assertEquals(2, second.size());
    assertTrue(first.stream().noneMatch(second::contains));
  }

  @Test
  void oddQueriesAreSearchedNotRejected() throws IOException {
    assertEquals("j1", search("\"peace treaty").hits().get(0).id());
    assertFalse(search("treaty OR").hits().isEmpty());
    assertEquals(0, search("the").total());
    assertFalse(search("-tokyo").hits().isEmpty());
    assertEquals(0, search("((( ]]] \\\\ :::").total());
  }

  @Test
  void excludedWordsRemoveTheirArticles() throws IOException {
    assertFalse(ids(search("treaty -paris")).contains("e1"));
    assertTrue(ids(search("treaty")).contains("e1"));
  }

  @Test
  void rejectsPagesBeyondTheConfiguredDepth() {
    SearchRequest deep =
        new SearchRequest("", List.of(), null, null, SortOrder.DATE, 200, 100, null, true);
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> searcher.search(deep));
    assertEquals("too_deep", e.code());
  }

  @Test
  void looksUpStoredArticlesById() throws IOException {
    assertEquals("Tokyo markets rise", searcher.article("j2").orElseThrow().title());
    assertTrue(searcher.article("nope").isEmpty());
  }

  @Test
  void scoresHitsOfAnIndexWithoutDatesOrSections() throws IOException {
    try (NewsSearcher plain =
        TestIndex.open(
            dir.resolve("plain"),
            List.of(
                TestIndex.article("a", "Peace treaty talks", "The treaty talks resumed."),
                TestIndex.article("b", "Island dispute", "A treaty was mentioned.")),
            SearchConfig.DEFAULTS)) {
      List<Hit> hits = plain.search(SearchRequest.of("treaty", 10)).hits();
      assertEquals(List.of("a", "b"), hits.stream().map(Hit::id).toList());
      assertTrue(hits.get(0).score() > hits.get(1).score(), hits::toString);
      assertTrue(hits.get(1).score() > 0, hits::toString);
    }
  }
}
