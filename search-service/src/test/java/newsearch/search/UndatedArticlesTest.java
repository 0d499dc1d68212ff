package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.search.facet.FacetCounts.FacetValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndatedArticlesTest {

  private static final List<Article> ARTICLES =
      List.of(
          TestIndex.article(
              "old", "Harbour dredged", "The harbour was dredged.", "2021-03-01", null),
          TestIndex.article("new", "Harbour reopens", "The harbour reopens.", "2022-05-01", null),
          TestIndex.article("u1", "Harbour history", "A harbour with a long past.", null, null),
          TestIndex.article("u2", "Harbour walks", "Walks along the harbour.", null, null));

  @TempDir Path dir;

  private NewsSearcher searcher;

  @BeforeEach
  void open() throws IOException {
    searcher = TestIndex.open(dir, ARTICLES, SearchConfig.DEFAULTS);
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  private SearchResponse search(Map<String, String> params) throws IOException {
    Map<String, List<String>> multi = new java.util.HashMap<>();
    params.forEach((name, value) -> multi.put(name, List.of(value)));
    multi.putIfAbsent("q", List.of("harbour"));
    return searcher.search(SearchParameters.parse(multi, 10));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(Hit::id).toList();
  }

  @Test
  void theDateFacetsCountUndatedArticlesAsTheirOwnValue() throws IOException {
    SearchResponse all = search(Map.of());
    assertEquals(4, all.total());
    assertEquals(2, all.facets().undated());
    assertEquals(
        List.of(new FacetValue("2022", 1), new FacetValue("2021", 1)), all.facets().year());
  }

  @Test
  void undatedArticlesAreFilteredInOrOut() throws IOException {
    assertEquals(
        List.of("u1", "u2"), ids(search(Map.of("undated", "only"))).stream().sorted().toList());
    SearchResponse excluded = search(Map.of("undated", "exclude"));
    assertEquals(List.of("new", "old"), ids(excluded).stream().sorted().toList());
    assertEquals(2, excluded.facets().undated(), "counted as if the filter were not set");
  }

  @Test
  void aDateRangeLeavesUndatedArticlesOutUnlessAskedToInclude() throws IOException {
    assertEquals(List.of("new"), ids(search(Map.of("from", "2022-01-01"))));
    assertEquals(
        List.of("new", "u1", "u2"),
        ids(search(Map.of("from", "2022-01-01", "undated", "include"))).stream().sorted().toList());
  }

  @Test
  void undatedArticlesComeLastNewestFirstAndOldestFirst() throws IOException {
    assertEquals(List.of("new", "old"), ids(search(Map.of("sort", "date"))).subList(0, 2));
    assertEquals(List.of("old", "new"), ids(search(Map.of("sort", "oldest"))).subList(0, 2));
  }

  @Test
  void aBadUndatedValueOrOnlyWithADateRangeIsRefusedNamingIt() {
    InvalidRequestException bad =
        assertThrows(InvalidRequestException.class, () -> search(Map.of("undated", "sometimes")));
    assertEquals(
        "undated must be one of include, exclude, only, got 'sometimes'", bad.getMessage());
    InvalidRequestException both =
        assertThrows(
            InvalidRequestException.class,
            () -> search(Map.of("undated", "only", "to", LocalDate.of(2022, 1, 1).toString())));
    assertEquals(
        "undated=only cannot be combined with from or to: undated has no date", both.getMessage());
  }
}
