package newsearch.search.rank;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Which duplicate keys ({@link NewsSchema#DUPLICATE_KEY}) more than one document of an index has,
 * so that collapsing looks up the copies of those keys only: most keys on a page have none.
 *
 * <p>Each segment's keys are read once, as 64-bit hashes, and kept until the segment closes: those
 * the segment has more than once, and those it has once, sorted. A key has copies when a segment
 * has it more than once, or two segments have it. A hash collision, or a deleted document that
 * still holds its key, can only name a key without copies, which costs a look-up that finds none; a
 * key with copies is always named. Thread-safe.
 */
final class KeysWithCopies {

  /** The sorted hashes of one segment's keys, by how many of its documents hold them. */
  private record Segment(long[] once, long[] more) {}

  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  /** Whether more than one document of {@code reader} may have {@code key}. */
  boolean mayHaveCopies(IndexReader reader, BytesRef key) throws IOException {
    long hash = hash(key);
    int holders = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Segment segment = segment(leaf.reader());
      if (Arrays.binarySearch(segment.more(), hash) >= 0) {
        return true;
      }
      if (Arrays.binarySearch(segment.once(), hash) >= 0 && ++holders > 1) {
        return true;
      }
    }
    return false;
  }

  private Segment segment(LeafReader reader) throws IOException {
    IndexReader.CacheHelper core = reader.getCoreCacheHelper();
    if (core == null) {
      return read(reader);
    }
    Segment known = segments.get(core.getKey());
    if (known == null) {
      known = read(reader);
      if (segments.putIfAbsent(core.getKey(), known) == null) {
        core.addClosedListener(segments::remove);
      }
    }
    return known;
  }

  private static Segment read(LeafReader reader) throws IOException {
    SortedDocValues values = DocValues.getSorted(reader, NewsSchema.DUPLICATE_KEY);
    byte[] holders = new byte[values.getValueCount()];
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      int ord = values.ordValue();
      holders[ord] = (byte) Math.min(2, holders[ord] + 1);
    }
    long[] once = new long[holders.length];
    long[] more = new long[holders.length];
    int onceCount = 0;
    int moreCount = 0;
    TermsEnum keys = values.termsEnum();
    for (int ord = 0; ord < holders.length; ord++) {
      long hash = hash(keys.next());
      if (holders[ord] > 1) {
        more[moreCount++] = hash;
      } else {
        once[onceCount++] = hash;
      }
    }
    once = Arrays.copyOf(once, onceCount);
    more = Arrays.copyOf(more, moreCount);
    Arrays.sort(once);
    Arrays.sort(more);
    return new Segment(once, more);
  }

  /** 64 bits of hash: two 32-bit murmur hashes with different seeds. */
  private static long hash(BytesRef key) {
    long high = StringHelper.murmurhash3_x86_32(key, 0x5eed);
    long low = StringHelper.murmurhash3_x86_32(key, 0x0b5e55ed);
    return high << 32 | (low & 0xffffffffL);
  }
}
