package newsearch.search.rank;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The scores of a fused ranking, by document of one reader: each document's score is its fused
 * score, or 0 for a match outside every fused list. Used with {@link
 * org.apache.lucene.queries.function.FunctionScoreQuery} so that a fused ranking goes through the
 * same sorted, filtered, faceted and paged search as any other. Valid only for the reader whose
 * document numbers it holds; immutable.
 */
public final class FusedScores extends DoubleValuesSource {

  private final Map<Integer, Float> byDoc;

  private FusedScores(Map<Integer, Float> byDoc) {
    this.byDoc = byDoc;
  }

  /** The scores of {@code fused}, a fused ranking by the reader-wide number of each document. */
  public static FusedScores of(TopDocs fused) {
    Map<Integer, Float> byDoc = new HashMap<>();
    for (ScoreDoc hit : fused.scoreDocs) {
      byDoc.put(hit.doc, hit.score);
    }
    return new FusedScores(Map.copyOf(byDoc));
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
    int base = ctx.docBase;
    return new DoubleValues() {
      private int doc;

      @Override
      public double doubleValue() {
        return byDoc.getOrDefault(base + doc, 0f);
      }

      @Override
      public boolean advanceExact(int target) {
        doc = target;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    // Per request and per reader: a cache would hold one query's scores for another.
    return false;
  }

  @Override
  public int hashCode() {
    return byDoc.hashCode();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FusedScores other && Objects.equals(byDoc, other.byDoc);
  }

  @Override
  public String toString() {
    return "fused(" + byDoc.size() + " docs)";
  }
}
