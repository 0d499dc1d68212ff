package newsearch.search.facet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.facet.FacetCounts.FacetNode;
import newsearch.search.facet.FacetCounts.FacetValue;
import newsearch.search.facet.FacetCounts.RecentCount;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Reads Lucene's facet counts into {@link FacetCounts}: the section hierarchy as a tree, years as a
 * list. Stateless and thread-safe.
 */
public final class FacetTree {

  private final int valuesPerLevel;

  public FacetTree(int valuesPerLevel) {
    this.valuesPerLevel = valuesPerLevel;
  }

  public FacetCounts read(Facets facets, LocalDate today) throws IOException {
    return new FacetCounts(
        sectionLevel(facets, new String[0]),
        newestFirst(facets, NewsSchema.YEAR),
        newestFirst(facets, NewsSchema.MONTH),
        recent(facets, today),
        languages(facets),
        undated(facets));
  }

  private List<FacetNode> sectionLevel(Facets facets, String[] path) throws IOException {
    FacetResult level = children(facets, NewsSchema.SECTION, path);
    if (level == null) {
      return List.of();
    }
    List<FacetNode> nodes = new ArrayList<>();
    for (LabelAndValue lv : level.labelValues) {
      String[] childPath = Arrays.copyOf(path, path.length + 1);
      childPath[path.length] = lv.label;
      List<FacetNode> children =
          childPath.length < SectionPath.MAX_DEPTH ? sectionLevel(facets, childPath) : List.of();
      nodes.add(new FacetNode(lv.label, lv.value.longValue(), children));
    }
    return nodes;
  }

  private static long undated(Facets facets) throws IOException {
    try {
      return facets.getSpecificValue(FacetValueCounts.UNDATED).longValue();
    } catch (IllegalArgumentException noSuchDimension) {
      return 0;
    }
  }

  private static List<RecentCount> recent(Facets facets, LocalDate today) throws IOException {
    FacetResult periods = facets.getAllChildren(NewsSchema.DATE);
    if (periods == null) {
      return List.of();
    }
    return Arrays.stream(periods.labelValues)
        .map(
            lv ->
                new RecentCount(
                    lv.label,
                    lv.value.longValue(),
                    today.minusDays(SidewaysFacets.PERIODS.get(lv.label)).toString()))
        .toList();
  }

  /** Languages by count, then by code; each labelled with its name in its own language. */
  private static List<FacetValue> languages(Facets facets) throws IOException {
    FacetResult all;
    try {
      all = facets.getAllChildren(NewsSchema.LANGUAGE);
    } catch (IllegalArgumentException noSuchDimension) {
      return List.of();
    }
    if (all == null) {
      return List.of();
    }
    return Arrays.stream(all.labelValues)
        .map(lv -> new FacetValue(lv.label, LanguageNames.of(lv.label), lv.value.longValue()))
        .sorted(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::value))
        .toList();
  }

  private static List<FacetValue> newestFirst(Facets facets, String dim) throws IOException {
    FacetResult all;
    try {
      all = facets.getAllChildren(dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return List.of();
    }
    if (all == null) {
      return List.of();
    }
    return Arrays.stream(all.labelValues)
        .map(lv -> new FacetValue(lv.label, lv.value.longValue()))
        .sorted(Comparator.comparing(FacetValue::value).reversed())
        .toList();
  }

  /** The top values below {@code path}, or null when the index has none there. */
  private FacetResult children(Facets facets, String dim, String[] path) throws IOException {
    try {
      return facets.getTopChildren(valuesPerLevel, dim, path);
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }
}
