package newsearch.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import newsearch.schema.NewsSchema;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * When each article of one write first became searchable ({@link NewsSchema#FIRST_SEARCHABLE}): an
 * article the previous commit already held keeps its stamp, so a replacement or a reindex does not
 * make it new; every other article gets the stamp of this write.
 *
 * <p>The stamp of a write is the wall clock, but always above every stamp the previous commit
 * holds: writers take turns under the index's lock, so the stamps of successive writes strictly
 * increase and a reader can tell "after the last write I saw" by a number. An article of an index
 * written before stamps existed counts as searchable since 0, long ago.
 *
 * <p>Thread-safe: the parallel threads of a reindex ask at once, each with its own term
 * dictionaries. Closing it closes the previous commit's reader, and its directory when it was given
 * one to own.
 */
final class FirstSearchable implements Closeable {

  /** Stamp of the articles of an index written before the stamp existed. */
  static final long UNSTAMPED = 0;

  private final DirectoryReader previous;
  private final Directory owned;
  private final long stamp;
  private final ThreadLocal<TermsEnum[]> ids;

  private FirstSearchable(DirectoryReader previous, Directory owned, long now) throws IOException {
    this.previous = previous;
    this.owned = owned;
    this.stamp = Math.max(now, highestStamp(previous) + 1);
    this.ids = ThreadLocal.withInitial(this::idDictionaries);
  }

  /** Every article is new: there is no previous commit. */
  static FirstSearchable allNew() throws IOException {
    return new FirstSearchable(null, null, System.currentTimeMillis());
  }

  /**
   * Stamps carried over from the last commit in {@code dir}, when it has one; {@code dir} stays the
   * caller's to close.
   */
  static FirstSearchable carriedFrom(Directory dir) throws IOException {
    return carriedFrom(dir, null, System.currentTimeMillis());
  }

  /**
   * Stamps carried over from the last commit in {@code dir}, when it has one; closing this closes
   * {@code dir}.
   */
  static FirstSearchable carriedFromOwned(Directory dir) throws IOException {
    try {
      return carriedFrom(dir, dir, System.currentTimeMillis());
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** As {@link #carriedFrom(Directory)}, with the clock reading {@code now}. */
  static FirstSearchable carriedFrom(Directory dir, Directory owned, long now) throws IOException {
    DirectoryReader reader = DirectoryReader.indexExists(dir) ? DirectoryReader.open(dir) : null;
    return new FirstSearchable(reader, owned, now);
  }

  /** The stamp of the articles new in this write. */
  long stamp() {
    return stamp;
  }

  /** The stamp of the article with {@code id}: its old one if the previous commit holds it. */
  long of(String id) throws IOException {
    if (previous == null) {
      return stamp;
    }
    BytesRef term = new BytesRef(id);
    TermsEnum[] dictionaries = ids.get();
    List<LeafReaderContext> leaves = previous.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      if (dictionaries[i] == null || !dictionaries[i].seekExact(term)) {
        continue;
      }
      LeafReader leaf = leaves.get(i).reader();
      Bits live = leaf.getLiveDocs();
      PostingsEnum docs = dictionaries[i].postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          return stampOf(leaf, doc);
        }
      }
    }
    return stamp;
  }

  private static long stampOf(LeafReader leaf, int doc) throws IOException {
    SortedNumericDocValues stamps = DocValues.getSortedNumeric(leaf, NewsSchema.FIRST_SEARCHABLE);
    return stamps.advanceExact(doc) ? stamps.nextValue() : UNSTAMPED;
  }

  private TermsEnum[] idDictionaries() {
    List<LeafReaderContext> leaves = previous.leaves();
    TermsEnum[] dictionaries = new TermsEnum[leaves.size()];
    try {
      for (int i = 0; i < dictionaries.length; i++) {
        Terms terms = leaves.get(i).reader().terms(NewsSchema.ID);
        dictionaries[i] = terms == null ? null : terms.iterator();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dictionaries;
  }

  private static long highestStamp(DirectoryReader reader) throws IOException {
    long highest = UNSTAMPED;
    if (reader == null) {
      return highest;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = leaf.reader().getPointValues(NewsSchema.FIRST_SEARCHABLE);
      if (points != null && points.size() > 0) {
        highest = Math.max(highest, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
      }
    }
    return highest;
  }

  @Override
  public void close() throws IOException {
    try {
      if (previous != null) {
        previous.close();
      }
    } finally {
      if (owned != null) {
        owned.close();
      }
    }
  }
}
