package newsearch.search.facet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The facet counts of one set of hits, counted in one pass over {@link SegmentFacetValues}: the
 * sorted-set dimensions (sections, languages, years, months), the recent periods ({@link
 * SidewaysFacets#PERIODS}, dimension {@link NewsSchema#DATE}) and the undated articles (dimension
 * {@link #UNDATED}). It answers as Lucene's {@code SortedSetDocValuesFacetCounts} and {@code
 * LongRangeFacetCounts} do over the same hits: the same counts, the top children by count and then
 * in index order. For one request.
 */
final class FacetValueCounts extends Facets {

  /**
   * The dimension of the articles without a publication date, with its one value {@link #VALUE}.
   */
  static final String UNDATED = "undated";

  /** The undated dimension's one value, as the page shows it. */
  static final String VALUE = "Undated";

  private final SortedSetDocValuesReaderState state;
  private final SortedSetDocValues labels;
  private final int[] counts;
  private final String[] periods;
  private final int[] periodCounts;
  private final int undated;

  private FacetValueCounts(
      SortedSetDocValuesReaderState state,
      SortedSetDocValues labels,
      int[] counts,
      String[] periods,
      int[] periodCounts,
      int undated) {
    this.state = state;
    this.labels = labels;
    this.counts = counts;
    this.periods = periods;
    this.periodCounts = periodCounts;
    this.undated = undated;
  }

  /**
   * Counts {@code hits} with the values of {@code values}, the recent periods back from {@code
   * today}.
   */
  static FacetValueCounts count(
      SortedSetDocValuesReaderState state,
      FacetValueCache values,
      FacetsCollector hits,
      LocalDate today)
      throws IOException {
    String[] periods = SidewaysFacets.PERIODS.keySet().toArray(String[]::new);
    int[] periodStarts = new int[periods.length];
    for (int p = 0; p < periods.length; p++) {
      periodStarts[p] =
          Math.toIntExact(today.minusDays(SidewaysFacets.PERIODS.get(periods[p])).toEpochDay());
    }
    SortedSetDocValues labels = state.getDocValues();
    int[] counts = new int[state.getSize()];
    int[] periodCounts = new int[periods.length];
    int undated = 0;
    for (MatchingDocs matching : hits.getMatchingDocs()) {
      if (matching.totalHits() == 0) {
        continue;
      }
      DocIdSetIterator docs = matching.bits().iterator();
      if (docs == null) {
        continue;
      }
      SegmentFacetValues segment = values.of(matching.context());
      int[] segmentCounts = new int[segment.valueCount()];
      undated += segment.count(docs, segmentCounts, periodStarts, periodCounts);
      LongValues global = globalOrdinals(labels, matching.context().ord);
      for (int ord = 0; ord < segmentCounts.length; ord++) {
        if (segmentCounts[ord] > 0) {
          counts[global == null ? ord : (int) global.get(ord)] += segmentCounts[ord];
        }
      }
    }
    return new FacetValueCounts(state, labels, counts, periods, periodCounts, undated);
  }

  /** Segment to reader ordinals for segment {@code leaf}; null when they are the same. */
  private static LongValues globalOrdinals(SortedSetDocValues labels, int leaf) {
    return labels instanceof MultiSortedSetDocValues multi
        ? multi.mapping.getGlobalOrds(leaf)
        : null;
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    if (dim.equals(NewsSchema.DATE) || dim.equals(UNDATED)) {
      return getAllChildren(dim, path);
    }
    Children children = children(dim, path);
    if (children == null || children.ords.isEmpty()) {
      return null;
    }
    List<Integer> top =
        children.ords.stream()
            .sorted(
                Comparator.comparingInt((Integer ord) -> counts[ord])
                    .reversed()
                    .thenComparingInt(ord -> ord))
            .limit(topN)
            .toList();
    return result(dim, path, children, top);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    if (dim.equals(NewsSchema.DATE)) {
      LabelAndValue[] values = new LabelAndValue[periods.length];
      int any = 0;
      for (int p = 0; p < periods.length; p++) {
        values[p] = new LabelAndValue(periods[p], periodCounts[p]);
        any = Math.max(any, periodCounts[p]);
      }
      return new FacetResult(dim, path, any, values, values.length);
    }
    if (dim.equals(UNDATED)) {
      return new FacetResult(
          dim, path, undated, new LabelAndValue[] {new LabelAndValue(VALUE, undated)}, 1);
    }
    Children children = children(dim, path);
    if (children == null || children.ords.isEmpty()) {
      return null;
    }
    return result(dim, path, children, children.ords);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    if (dim.equals(UNDATED)) {
      return undated;
    }
    if (path.length != 1) {
      throw new IllegalArgumentException("path must be length=1");
    }
    int ord = (int) labels.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < 0 ? -1 : counts[ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    List<FacetResult> all = new ArrayList<>();
    for (String dim : state.getDims()) {
      FacetResult result = getTopChildren(topN, dim);
      if (result != null) {
        all.add(result);
      }
    }
    all.add(getAllChildren(NewsSchema.DATE));
    all.add(getAllChildren(UNDATED));
    return all;
  }

  /** The counted children of a path, in index order, and the path's own count. */
  private record Children(List<Integer> ords, int pathCount) {}

  /**
   * The children of {@code path} in {@code dim} that some hit has, or null when the index has no
   * such path: below a section for the hierarchical dimension, every value for a flat one.
   */
  private Children children(String dim, String... path) throws IOException {
    FacetsConfig.DimConfig config = state.getFacetsConfig().getDimConfig(dim);
    PrimitiveIterator.OfInt all;
    int pathCount = 0;
    if (config.hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      int pathOrd =
          path.length == 0
              ? tree.dimStartOrd
              : (int) labels.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
      if (pathOrd < 0) {
        return null;
      }
      all = tree.iterator(pathOrd);
      pathCount = counts[pathOrd];
    } else {
      if (path.length > 0) {
        throw new IllegalArgumentException(
            "Field is not configured as hierarchical, path should be 0 length");
      }
      OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        return null;
      }
      all = range.iterator();
    }
    List<Integer> counted = new ArrayList<>();
    while (all.hasNext()) {
      int ord = all.nextInt();
      if (counts[ord] > 0) {
        counted.add(ord);
        if (!config.hierarchical) {
          pathCount += counts[ord];
        }
      }
    }
    return new Children(counted, pathCount);
  }

  private FacetResult result(String dim, String[] path, Children children, List<Integer> shown)
      throws IOException {
    LabelAndValue[] values = new LabelAndValue[shown.size()];
    for (int i = 0; i < values.length; i++) {
      int ord = shown.get(i);
      String[] parts = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      values[i] = new LabelAndValue(parts[parts.length - 1], counts[ord]);
    }
    return new FacetResult(dim, path, children.pathCount, values, children.ords.size());
  }
}
