package newsearch.search.analytics;

import java.io.IOException;
import java.util.Collection;
import newsearch.schema.NewsSchema;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching articles per publication day in one pass over the matches, reading each match's
 * day from the {@link NewsSchema#DATE} doc values into an array indexed by day: no scores, no
 * sorting, no per-match allocation. The array spans the reader's dates, read from the field's
 * points, so it is as long as the archive has days. Create one per search.
 */
public final class DayHistogram implements CollectorManager<DayHistogram.Counter, DayCounts> {

  private final long firstDay;
  private final int days;

  /** A histogram spanning the dates of {@code reader}. */
  public DayHistogram(IndexReader reader) throws IOException {
    byte[] min = PointValues.getMinPackedValue(reader, NewsSchema.DATE);
    byte[] max = PointValues.getMaxPackedValue(reader, NewsSchema.DATE);
    if (min == null || max == null) {
      firstDay = 0;
      days = 0;
    } else {
      firstDay = LongPoint.decodeDimension(min, 0);
      days = Math.toIntExact(LongPoint.decodeDimension(max, 0) - firstDay + 1);
    }
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public DayCounts reduce(Collection<Counter> counters) {
    long[] sum = new long[days];
    long undated = 0;
    for (Counter counter : counters) {
      for (int i = 0; i < days; i++) {
        sum[i] += counter.counts[i];
      }
      undated += counter.undated;
    }
    return new DayCounts(firstDay, sum, undated);
  }

  /** Counts the matches of one slice of the index. */
  public final class Counter extends SimpleCollector {
    private final long[] counts = new long[days];
    private long undated;
    private NumericDocValues single;
    private SortedNumericDocValues multiple;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      multiple = DocValues.getSortedNumeric(context.reader(), NewsSchema.DATE);
      single = DocValues.unwrapSingleton(multiple);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (single != null) {
        if (single.advanceExact(doc)) {
          counts[(int) (single.longValue() - firstDay)]++;
        } else {
          undated++;
        }
      } else if (multiple.advanceExact(doc)) {
        // An article has one date; were there more, the newest counts, as the date sort says.
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < multiple.docValueCount(); i++) {
          newest = Math.max(newest, multiple.nextValue());
        }
        counts[(int) (newest - firstDay)]++;
      } else {
        undated++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
