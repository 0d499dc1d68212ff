package newsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Collapses copies of one story (same {@link NewsSchema#DUPLICATE_KEY}) in a ranked list into its
 * best-ranked copy, counting the others. Stateless and thread-safe.
 */
final class HitCollapser {

  /**
   * A hit that stays, with the copies folded into it.
   *
   * @param doc the best-ranked copy
   * @param duplicates how many lower-ranked copies were folded in
   * @param position its index in the ranked list
   */
  record Kept(ScoreDoc doc, int duplicates, int position) {}

  /** The ranked list without its duplicates, in rank order. */
  List<Kept> collapse(ScoreDoc[] ranked, IndexReader reader) throws IOException {
    List<Kept> kept = new ArrayList<>();
    Map<String, Integer> positionByKey = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < ranked.length; i++) {
      String key = key(ranked[i].doc, leaves);
      Integer first = key == null ? null : positionByKey.get(key);
      if (first != null) {
        Kept original = kept.get(first);
        kept.set(first, new Kept(original.doc(), original.duplicates() + 1, original.position()));
        continue;
      }
      if (key != null) {
        positionByKey.put(key, kept.size());
      }
      kept.add(new Kept(ranked[i], 0, i));
    }
    return kept;
  }

  private static String key(int doc, List<LeafReaderContext> leaves) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues keys = DocValues.getSorted(leaf.reader(), NewsSchema.DUPLICATE_KEY);
    return keys.advanceExact(doc - leaf.docBase)
        ? keys.lookupOrd(keys.ordValue()).utf8ToString()
        : null;
  }
}
