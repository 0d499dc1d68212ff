package newsearch.search.facet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The {@link SegmentFacetValues} of every segment served, kept per segment rather than per reader:
 * an incremental update opens a reader that shares all but its newest segments with the last, and
 * reads only those. A segment's values go when the segment closes. Thread-safe.
 */
final class FacetValueCache {

  private final String facetField;
  private final Map<IndexReader.CacheKey, SegmentFacetValues> segments = new ConcurrentHashMap<>();

  /** A cache of the values of {@code facetField}, the index field of the facet dimensions. */
  FacetValueCache(String facetField) {
    this.facetField = facetField;
  }

  /** The values of {@code leaf}'s segment, read now unless already read. */
  SegmentFacetValues of(LeafReaderContext leaf) throws IOException {
    LeafReader segment = leaf.reader();
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return SegmentFacetValues.read(segment, facetField);
    }
    SegmentFacetValues known = segments.get(helper.getKey());
    if (known != null) {
      return known;
    }
    try {
      return segments.computeIfAbsent(helper.getKey(), key -> read(segment, helper));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private SegmentFacetValues read(LeafReader segment, IndexReader.CacheHelper helper) {
    try {
      SegmentFacetValues values = SegmentFacetValues.read(segment, facetField);
      helper.addClosedListener(segments::remove);
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many segments' values are held. */
  int size() {
    return segments.size();
  }
}
