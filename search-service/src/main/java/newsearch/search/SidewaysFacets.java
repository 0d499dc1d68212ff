package newsearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * Drill-sideways over the two filters a user can switch: the section facet counts articles as if no
 * section were chosen, and the date facets (years, months, recent periods) as if no date range were
 * set; every other filter still applies. Create one per search.
 */
final class SidewaysFacets extends DrillSideways {

  /** The dimension under which the date-range filter is added to a drill-down query. */
  static final String DATE_FILTER = NewsSchema.DATE;

  /** The recent periods, in days back from today. */
  static final Map<String, Integer> PERIODS =
      java.util.Collections.unmodifiableMap(
          new java.util.LinkedHashMap<>(Map.of("day", 1, "week", 7, "month", 30, "year", 365)));

  private final LocalDate today;

  SidewaysFacets(FacetedSearcher searcher, NewsSchema schema, LocalDate today) {
    super(searcher, schema.facetsConfig(), searcher.facetState());
    this.today = today;
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
      throws IOException {
    FacetsCollector sectionHits = sideways(NewsSchema.SECTION, drillDowns, drillSideways, dims);
    FacetsCollector dateHits = sideways(DATE_FILTER, drillDowns, drillSideways, dims);
    Facets sections = new SortedSetDocValuesFacetCounts(state, sectionHits);
    Facets dates =
        dateHits == sectionHits ? sections : new SortedSetDocValuesFacetCounts(state, dateHits);
    Map<String, Facets> byDimension = new HashMap<>();
    byDimension.put(NewsSchema.SECTION, sections);
    byDimension.put(NewsSchema.YEAR, dates);
    byDimension.put(NewsSchema.MONTH, dates);
    // Range counts are named after their field: the recent periods are the "date" dimension.
    byDimension.put(NewsSchema.DATE, new LongRangeFacetCounts(NewsSchema.DATE, dateHits, ranges()));
    return new MultiFacets(byDimension);
  }

  private LongRange[] ranges() {
    return PERIODS.entrySet().stream()
        .map(
            p ->
                new LongRange(
                    p.getKey(),
                    today.minusDays(p.getValue()).toEpochDay(),
                    true,
                    Long.MAX_VALUE,
                    true))
        .toArray(LongRange[]::new);
  }

  /** The hits counted for {@code dim}: those without its own filter, if it has one. */
  private static FacetsCollector sideways(
      String dim, FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
    if (dims == null) {
      return drillDowns;
    }
    for (int i = 0; i < dims.length; i++) {
      if (dims[i].equals(dim) && drillSideways[i] != null) {
        return drillSideways[i];
      }
    }
    return drillDowns;
  }
}
