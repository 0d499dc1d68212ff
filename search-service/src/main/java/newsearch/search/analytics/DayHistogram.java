package newsearch.search.analytics;

import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching articles per publication day in one pass over the matches, looking each match's
 * day up in the reader's {@link DayIndex}: no scores, no sorting, no per-match allocation. Create
 * one per search, over the index of the searcher's reader.
 */
public final class DayHistogram implements CollectorManager<DayHistogram.Counter, DayCounts> {

  private final DayIndex index;

  DayHistogram(DayIndex index) {
    this.index = index;
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public DayCounts reduce(Collection<Counter> counters) {
    long[] sum = new long[index.days()];
    long undated = 0;
    for (Counter counter : counters) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += counter.counts[i];
      }
      undated += counter.undated;
    }
    return new DayCounts(index.firstDay(), sum, undated);
  }

  /** Counts the matches of one slice of the index. */
  public final class Counter extends SimpleCollector {
    private final long[] counts = new long[index.days()];
    private long undated;
    private int[] days;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      days = index.leaf(context.ord);
    }

    @Override
    public void collect(int doc) {
      int day = days[doc];
      if (day == DayIndex.UNDATED) {
        undated++;
      } else {
        counts[day]++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
