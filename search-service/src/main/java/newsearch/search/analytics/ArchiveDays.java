package newsearch.search.analytics;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The {@link DayIndex} of each open reader: its documents' days, and its articles counted per day,
 * the denominator of a timeline's shares. Read once per reader, at its first timeline, and
 * forgotten when the reader closes; a reader never changes, so the index stays right for its life.
 * Thread-safe.
 */
public final class ArchiveDays {

  private final Map<IndexReader.CacheKey, DayIndex> byReader = new HashMap<>();

  /** The day index of {@code searcher}'s reader. */
  public DayIndex of(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new DayIndex(reader);
    }
    IndexReader.CacheKey key = helper.getKey();
    synchronized (byReader) {
      DayIndex known = byReader.get(key);
      if (known != null) {
        return known;
      }
    }
    // Read outside the lock: two first timelines may both read, and agree.
    DayIndex counted = new DayIndex(reader);
    synchronized (byReader) {
      if (byReader.putIfAbsent(key, counted) == null) {
        helper.addClosedListener(this::forget);
      }
    }
    return counted;
  }

  private void forget(IndexReader.CacheKey key) {
    synchronized (byReader) {
      byReader.remove(key);
    }
  }
}
