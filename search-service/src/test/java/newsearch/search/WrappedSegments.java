package newsearch.search;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;

/**
 * A reader whose segments are each wrapped, for tests that count what a search reads from an index.
 * It is keyed as the reader it wraps, and each {@link Segment} as the segment it wraps, so that
 * what is kept per reader is kept as for the reader itself.
 */
public final class WrappedSegments extends FilterDirectoryReader {

  private final UnaryOperator<LeafReader> wrap;

  /** {@code in} with each segment replaced by {@code wrap} of it. */
  public WrappedSegments(DirectoryReader in, UnaryOperator<LeafReader> wrap) throws IOException {
    super(
        in,
        new SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader leaf) {
            return wrap.apply(leaf);
          }
        });
    this.wrap = wrap;
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new WrappedSegments(in, wrap);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return in.getReaderCacheHelper();
  }

  /** A segment with some of its reads overridden, keyed as the segment it wraps. */
  public abstract static class Segment extends FilterLeafReader {

    protected Segment(LeafReader in) {
      super(in);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }
}
