package newsearch.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceProfileTest {

  private static final String HTTP = "io.undertow.server.Connectors.executeRootHandler";
  private static final String LUCENE = "org.apache.lucene.search.IndexSearcher.search";

  @Test
  void everyMarkerOfTheServiceNamesAClassOrMethodThatExists() {
    for (Map.Entry<String, String> step : ServiceProfile.STEPS) {
      String marker = step.getKey();
      if (marker.startsWith(ServiceProfile.OWN)) {
        assertTrue(exists(marker), "the profile's marker " + marker + " names nothing");
      }
    }
  }

  @Test
  void rankingUnderTheCollapserCountsAsRankingAndTheRestOfItAsCollapsing() {
    assertEquals(
        "ranking the top hits (skipping what cannot reach them)",
        ServiceProfile.step(
            List.of(
                LUCENE,
                "newsearch.search.rank.BudgetedSearch.rank",
                "newsearch.search.rank.HitCollapser.page",
                HTTP)));
    assertEquals(
        "collapsing copies",
        ServiceProfile.step(List.of("newsearch.search.rank.HitCollapser.page", HTTP)));
  }

  @Test
  void phrasesMatchedWhileCountingCountAsPhrasesAndFacetCountingAsFacets() {
    String counting = "newsearch.search.rank.BudgetedSearch.count";
    assertEquals(
        "matching quoted phrases",
        ServiceProfile.step(
            List.of("org.apache.lucene.search.ExactPhraseMatcher.nextMatch", counting, HTTP)));
    assertEquals(
        "counting facets (the in-memory values of every match)",
        ServiceProfile.step(
            List.of(
                "newsearch.search.facet.SegmentFacetValues.count",
                "newsearch.search.facet.SidewaysFacets.buildFacetsResult",
                counting,
                HTTP)));
  }

  @Test
  void aStackWithOnlyTheServerIsHttpAndOneWithNothingKnownIsOther() {
    assertEquals("HTTP (Undertow, XNIO)", ServiceProfile.step(List.of(HTTP)));
    assertEquals("other", ServiceProfile.step(List.of("java.lang.Thread.run")));
  }

  /** Whether {@code marker} is a class, or a class and the name of one of its methods. */
  private static boolean exists(String marker) {
    if (type(marker) != null) {
      return true;
    }
    int dot = marker.lastIndexOf('.');
    Class<?> type = type(marker.substring(0, dot));
    String method = marker.substring(dot + 1);
    return type != null
        && Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(method::equals);
  }

  /** The class of that name, or null when there is none. */
  private static Class<?> type(String name) {
    try {
      return Class.forName(name, false, ServiceProfileTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
