package newsearch.search.analytics;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * Every article of a reader counted per day: the denominator of a timeline's shares. Counted once
 * per reader, at its first timeline, and forgotten when the reader closes; a reader never changes,
 * so the counts stay right for its life. Thread-safe.
 */
public final class ArchiveDays {

  private final Map<IndexReader.CacheKey, DayCounts> byReader = new HashMap<>();

  /** The day counts of every live article of {@code searcher}'s reader. */
  public DayCounts of(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return count(searcher);
    }
    IndexReader.CacheKey key = helper.getKey();
    synchronized (byReader) {
      DayCounts known = byReader.get(key);
      if (known != null) {
        return known;
      }
    }
    // Counted outside the lock: two first timelines may both count, and agree.
    DayCounts counted = count(searcher);
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

  private static DayCounts count(IndexSearcher searcher) throws IOException {
    return searcher.search(new MatchAllDocsQuery(), new DayHistogram(searcher.getIndexReader()));
  }
}
