package newsearch.search.facet;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * The totals and facets of searches already counted over one reader, the least recently asked
 * dropped first once it holds its number of entries. Counting is a pass over every match of a
 * search, the dearest part of a faceted page on a large index (bench/PROFILE-1M.md), and a newsroom
 * asks the same searches and the browse view again and again; a reader never changes, so a count
 * kept for it stays exact, and it goes with the reader when a new generation or update is served.
 * Only complete counts are kept: a count cut short by its time budget is not. Thread-safe.
 */
public final class CountCache {

  /** What identifies a count: the counting query (with its filters) and the day it was asked. */
  public record Key(Query counting, boolean filtered, LocalDate today) {}

  /** A search's total and its facets as the page shows them. */
  public record Counted(long total, FacetCounts facets) {}

  private final int entries;
  private final Map<Key, Counted> counted;

  /** A cache of {@code entries} counts; 0 keeps none. */
  public CountCache(int entries) {
    this.entries = entries;
    this.counted =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
            return size() > CountCache.this.entries;
          }
        };
  }

  /** The count kept for {@code key}, or null. */
  public Counted get(Key key) {
    if (entries == 0) {
      return null;
    }
    synchronized (counted) {
      return counted.get(key);
    }
  }

  /** Keeps {@code value} for {@code key}; the caller passes only complete counts. */
  public void put(Key key, Counted value) {
    if (entries == 0) {
      return;
    }
    synchronized (counted) {
      counted.put(key, value);
    }
  }

  /** How many counts are kept. */
  public int size() {
    synchronized (counted) {
      return counted.size();
    }
  }
}
