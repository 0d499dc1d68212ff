package newsearch.search.facet;

import java.io.IOException;
import java.util.Arrays;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * One segment's facet values in plain arrays: each article's facet ordinals (its section and every
 * section above it, its language, year and month) and its publication day. Read once from the
 * segment's doc values, which decode every value again at each count: decoding them was 45% of a
 * faceted one-word search at a million articles (bench/PROFILE-1M.md). 32 bytes an article there,
 * 32 MB for the million. Immutable.
 */
final class SegmentFacetValues {

  /** The day of an article without a publication date. */
  private static final int UNDATED = Integer.MIN_VALUE;

  private final int[] starts;
  private final int[] ordinals;
  private final int[] days;
  private final int valueCount;

  private SegmentFacetValues(int[] starts, int[] ordinals, int[] days, int valueCount) {
    this.starts = starts;
    this.ordinals = ordinals;
    this.days = days;
    this.valueCount = valueCount;
  }

  /** Reads the values of {@code facetField} and of the date field from {@code segment}. */
  static SegmentFacetValues read(LeafReader segment, String facetField) throws IOException {
    int maxDoc = segment.maxDoc();
    SortedSetDocValues values = DocValues.getSortedSet(segment, facetField);
    int[] starts = new int[maxDoc + 1];
    int[] ordinals = new int[Math.max(16, maxDoc * 4)];
    int used = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = used;
      if (values.advanceExact(doc)) {
        int count = values.docValueCount();
        ordinals = ArrayUtil.grow(ordinals, used + count);
        for (int i = 0; i < count; i++) {
          ordinals[used++] = (int) values.nextOrd();
        }
      }
    }
    starts[maxDoc] = used;
    return new SegmentFacetValues(
        starts,
        ArrayUtil.copyOfSubArray(ordinals, 0, used),
        days(segment),
        (int) values.getValueCount());
  }

  private static int[] days(LeafReader segment) throws IOException {
    int[] days = new int[segment.maxDoc()];
    Arrays.fill(days, UNDATED);
    SortedNumericDocValues dates = DocValues.getSortedNumeric(segment, NewsSchema.DATE);
    for (int doc = dates.nextDoc();
        doc != SortedNumericDocValues.NO_MORE_DOCS;
        doc = dates.nextDoc()) {
      days[doc] = Math.toIntExact(dates.nextValue());
    }
    return days;
  }

  /** The number of distinct ordinals in the segment: one more than the largest. */
  int valueCount() {
    return valueCount;
  }

  /**
   * Counts the documents of {@code hits}: each of their ordinals into {@code ordinalCounts} (by
   * segment ordinal), and each dated one into every {@code periodCounts[p]} whose period starts on
   * or before its day ({@code periodStarts[p]}, in days since 1970-01-01).
   *
   * @return how many of the documents are undated
   */
  int count(DocIdSetIterator hits, int[] ordinalCounts, int[] periodStarts, int[] periodCounts)
      throws IOException {
    int undated = 0;
    for (int doc = hits.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = hits.nextDoc()) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        ordinalCounts[ordinals[i]]++;
      }
      int day = days[doc];
      if (day == UNDATED) {
        undated++;
      } else {
        for (int p = 0; p < periodStarts.length; p++) {
          if (day >= periodStarts[p]) {
            periodCounts[p]++;
          }
        }
      }
    }
    return undated;
  }

  /** The bytes the arrays take. */
  long bytes() {
    return 4L * (starts.length + ordinals.length + days.length);
  }
}
