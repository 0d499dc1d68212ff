package newsearch.search.analytics;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import newsearch.schema.NewsSchema;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The publication day of every document of one reader, in an array per segment, and every live
 * article counted per day: read once from the {@link NewsSchema#DATE} doc values, then used by each
 * timeline. Counting a match is then one array read, where reading its doc value costs a decoding
 * step and bounds checks; at a million articles the arrays take 4 MB. Immutable once built;
 * thread-safe.
 */
public final class DayIndex {

  /** The day of a document without a date. */
  static final int UNDATED = -1;

  private final long firstDay;
  private final int days;
  private final int[][] dayOfDoc;
  private final DayCounts archive;

  /** Reads the days of every document of {@code reader}. */
  public DayIndex(IndexReader reader) throws IOException {
    byte[] min = PointValues.getMinPackedValue(reader, NewsSchema.DATE);
    byte[] max = PointValues.getMaxPackedValue(reader, NewsSchema.DATE);
    firstDay = min == null ? 0 : LongPoint.decodeDimension(min, 0);
    days = max == null ? 0 : Math.toIntExact(LongPoint.decodeDimension(max, 0) - firstDay + 1);
    List<LeafReaderContext> leaves = reader.leaves();
    dayOfDoc = new int[leaves.size()][];
    long[] counts = new long[days];
    long undated = 0;
    for (LeafReaderContext leaf : leaves) {
      int[] leafDays = read(leaf);
      dayOfDoc[leaf.ord] = leafDays;
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leafDays.length; doc++) {
        if (live == null || live.get(doc)) {
          if (leafDays[doc] == UNDATED) {
            undated++;
          } else {
            counts[leafDays[doc]]++;
          }
        }
      }
    }
    archive = new DayCounts(firstDay, counts, undated);
  }

  private int[] read(LeafReaderContext leaf) throws IOException {
    int[] leafDays = new int[leaf.reader().maxDoc()];
    Arrays.fill(leafDays, UNDATED);
    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), NewsSchema.DATE);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      // An article has one date; were there more, the newest counts, as the date sort says.
      long newest = Long.MIN_VALUE;
      for (int i = 0; i < values.docValueCount(); i++) {
        newest = Math.max(newest, values.nextValue());
      }
      leafDays[doc] = (int) (newest - firstDay);
    }
    return leafDays;
  }

  /** Every live article of the reader counted per day. */
  public DayCounts archive() {
    return archive;
  }

  /** A histogram of one search's matches, over these days. */
  public DayHistogram histogram() {
    return new DayHistogram(this);
  }

  long firstDay() {
    return firstDay;
  }

  int days() {
    return days;
  }

  /** The days of the documents of segment {@code ord}, {@link #UNDATED} for none. */
  int[] leaf(int ord) {
    return dayOfDoc[ord];
  }
}
