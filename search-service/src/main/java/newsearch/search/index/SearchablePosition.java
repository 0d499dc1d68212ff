package newsearch.search.index;

import java.util.Comparator;

/**
 * A place in the order in which articles became searchable: by the stamp of the write that first
 * held them ({@link newsearch.schema.NewsSchema#FIRST_SEARCHABLE}), then by id, since one write
 * stamps all its articles alike. A reader that remembers the last position it handled finds what is
 * new after it, without seeing an article twice or missing one.
 *
 * @param stamp when the article first became searchable, in epoch milliseconds
 * @param id the article's id
 */
public record SearchablePosition(long stamp, String id) implements Comparable<SearchablePosition> {

  /** Before every article. */
  public static final SearchablePosition START = new SearchablePosition(Long.MIN_VALUE, "");

  private static final Comparator<SearchablePosition> ORDER =
      Comparator.comparingLong(SearchablePosition::stamp).thenComparing(SearchablePosition::id);

  /** Requires an id, the empty one for a position before any article of {@code stamp}. */
  public SearchablePosition {
    if (id == null) {
      throw new IllegalArgumentException("a position needs an id, the empty one at most");
    }
  }

  @Override
  public int compareTo(SearchablePosition other) {
    return ORDER.compare(this, other);
  }
}
