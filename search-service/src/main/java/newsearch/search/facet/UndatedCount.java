package newsearch.search.facet;

import java.io.IOException;
import java.util.List;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;

/**
 * The matching articles without a publication date, as the one value {@link #VALUE} of the
 * dimension {@link #DIMENSION}: the hits counted, less those with a date. Immutable.
 */
final class UndatedCount extends Facets {

  /** The dimension it answers for. */
  static final String DIMENSION = "undated";

  /** Its one value, as the page shows it. */
  static final String VALUE = "Undated";

  private final long count;

  private UndatedCount(long count) {
    this.count = count;
  }

  /** The undated articles among {@code hits}. */
  static UndatedCount of(FacetsCollector hits) throws IOException {
    long all = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      all += docs.totalHits();
    }
    LongRange anyDate = new LongRange("dated", Long.MIN_VALUE, true, Long.MAX_VALUE, true);
    FacetResult dated =
        new LongRangeFacetCounts(NewsSchema.DATE, hits, anyDate).getAllChildren(NewsSchema.DATE);
    return new UndatedCount(all - dated.labelValues[0].value.longValue());
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) {
    return new FacetResult(
        DIMENSION, path, count, new LabelAndValue[] {new LabelAndValue(VALUE, count)}, 1);
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) {
    return getAllChildren(dim, path);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) {
    return count;
  }

  @Override
  public List<FacetResult> getAllDims(int topN) {
    return List.of(getAllChildren(DIMENSION));
  }
}
