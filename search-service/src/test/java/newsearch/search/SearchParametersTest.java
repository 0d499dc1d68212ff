package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsearch.schema.SectionPath;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  private static InvalidRequestException rejected(Map<String, List<String>> params) {
    return assertThrows(InvalidRequestException.class, () -> SearchParameters.parse(params, 10));
  }

  @Test
  void readsEveryParameter() {
    SearchRequest r =
        SearchParameters.parse(
            Map.of(
                "q", List.of("peace"),
                "section", List.of("News > Japan", "Sport"),
                "from", List.of("2020-01-01"),
                "to", List.of("2021-12-31"),
                "sort", List.of("date"),
                "page", List.of("2"),
                "size", List.of("20"),
                "facets", List.of("false")),
            10);
    assertEquals(
        new SearchRequest(
            "peace",
            List.of(SectionPath.parse("News > Japan"), SectionPath.parse("Sport")),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2021, 12, 31),
            SortOrder.DATE,
            2,
            20,
            null,
            false),
        r);
  }

  @Test
  void aRequestWithoutSizeGetsTheGivenPageSize() {
    assertEquals(7, SearchParameters.parse(Map.of("q", List.of("peace")), 7).size());
    assertEquals(3, SearchParameters.parse(Map.of("size", List.of("3")), 7).size());
  }

  @Test
  void countsFacetsUnlessToldNotToAndRejectsOtherFlagValues() {
    assertEquals(true, SearchParameters.parse(Map.of("q", List.of("peace")), 10).facets());
    InvalidRequestException e = rejected(Map.of("facets", List.of("no")));
    assertEquals("invalid_facets", e.code());
    assertEquals("facets must be true or false, got 'no'", e.getMessage());
  }

  @Test
  void rejectsNegativePageWithItsValue() {
    InvalidRequestException e = rejected(Map.of("page", List.of("-1")));
    assertEquals("invalid_page", e.code());
    assertEquals("page must be 1 or more, got -1", e.getMessage());
  }

  @Test
  void rejectsImpossibleDatesAndReversedRanges() {
    assertEquals(
        "from must be a date as yyyy-mm-dd, got '2021-13-45'",
        rejected(Map.of("from", List.of("2021-13-45"))).getMessage());
    assertEquals("invalid_date", rejected(Map.of("to", List.of("2021-02-30"))).code());
    assertEquals(
        "invalid_date_range",
        rejected(Map.of("from", List.of("2022-01-01"), "to", List.of("2021-01-01"))).code());
  }

  @Test
  void rejectsUnknownSortAndNonNumericSize() {
    assertEquals(
        "sort must be one of relevance, date, oldest, got 'sideways'",
        rejected(Map.of("sort", List.of("sideways"))).getMessage());
    assertEquals("invalid_size", rejected(Map.of("size", List.of("ten"))).code());
  }
}
