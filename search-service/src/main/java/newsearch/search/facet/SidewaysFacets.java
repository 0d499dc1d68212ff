package newsearch.search.facet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.MultiFacets;

/**
 * Drill-sideways over the filters a user can switch: the section facet counts articles as if no
 * section were chosen, the language facet as if no language were, and the date facets (years,
 * months, recent periods, undated articles) as if no date range nor undated filter were set; every
 * other filter still applies. Create one per search.
 */
public final class SidewaysFacets extends DrillSideways {

  /** The dimension under which the date-range filter is added to a drill-down query. */
  public static final String DATE_FILTER = NewsSchema.DATE;

  /** The recent periods, shortest first, in days back from today. */
  public static final Map<String, Integer> PERIODS = periods();

  private static Map<String, Integer> periods() {
    Map<String, Integer> periods = new LinkedHashMap<>();
    periods.put("day", 1);
    periods.put("week", 7);
    periods.put("month", 30);
    periods.put("year", 365);
    return Collections.unmodifiableMap(periods);
  }

  private final LocalDate today;
  private final FacetValueCache values;

  /**
   * Counts over {@code searcher}'s index, with its facet values held in memory; the recent periods
   * end {@code today}.
   */
  public SidewaysFacets(FacetedSearcher searcher, NewsSchema schema, LocalDate today) {
    super(searcher, schema.facetsConfig(), searcher.facetState());
    this.today = today;
    this.values = searcher.facetValues();
  }

  @Override
  protected Facets buildFacetsResult(
      FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
      throws IOException {
    FacetsCollector sectionHits = sideways(NewsSchema.SECTION, drillDowns, drillSideways, dims);
    FacetsCollector dateHits = sideways(DATE_FILTER, drillDowns, drillSideways, dims);
    FacetsCollector languageHits = sideways(NewsSchema.LANGUAGE, drillDowns, drillSideways, dims);
    Map<FacetsCollector, Facets> counted = new IdentityHashMap<>();
    Facets sections = counted(counted, sectionHits);
    Facets dates = counted(counted, dateHits);
    Map<String, Facets> byDimension = new HashMap<>();
    // Lucene fails on a dimension that no document has, so only present ones are offered.
    Set<String> present = new HashSet<>();
    state.getDims().forEach(present::add);
    if (present.contains(NewsSchema.SECTION)) {
      byDimension.put(NewsSchema.SECTION, sections);
    }
    if (present.contains(NewsSchema.LANGUAGE)) {
      byDimension.put(NewsSchema.LANGUAGE, counted(counted, languageHits));
    }
    if (present.contains(NewsSchema.YEAR)) {
      byDimension.put(NewsSchema.YEAR, dates);
      byDimension.put(NewsSchema.MONTH, dates);
    }
    // The recent periods and the undated articles are counted like the years: as if no date
    // filter, nor the undated one, were set.
    byDimension.put(NewsSchema.DATE, dates);
    byDimension.put(FacetValueCounts.UNDATED, dates);
    return new MultiFacets(byDimension);
  }

  /** The counts of {@code hits}, counted once however many dimensions read them. */
  private Facets counted(Map<FacetsCollector, Facets> counted, FacetsCollector hits)
      throws IOException {
    Facets known = counted.get(hits);
    if (known == null) {
      known = FacetValueCounts.count(state, values, hits, today);
      counted.put(hits, known);
    }
    return known;
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
