package newsearch.search;

import java.util.List;
import newsearch.schema.SectionPath;

/** Search requests that tests send often. */
public final class TestRequests {

  private TestRequests() {}

  /** The first ten hits by relevance for {@code query} within {@code section}, facets counted. */
  public static SearchRequest inSection(String query, String section) {
    return new SearchRequest(
        query,
        List.of(SectionPath.parse(section)),
        null,
        null,
        SortOrder.RELEVANCE,
        1,
        10,
        null,
        true);
  }
}
