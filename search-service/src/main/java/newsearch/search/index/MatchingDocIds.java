package newsearch.search.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the ids of every matching document, without scores, in index order: for analyses that
 * need the matches themselves rather than the best of them.
 *
 * <p>Stateless; each search gets its own collectors from it, so one instance may be shared.
 */
public final class MatchingDocIds implements CollectorManager<MatchingDocIds.Slice, List<Integer>> {

  /** The manager; it holds nothing, so one serves every search. */
  public static final MatchingDocIds INSTANCE = new MatchingDocIds();

  private MatchingDocIds() {}

  @Override
  public Slice newCollector() {
    return new Slice();
  }

  @Override
  public List<Integer> reduce(Collection<Slice> slices) {
    List<Integer> all = new ArrayList<>();
    slices.forEach(slice -> all.addAll(slice.docs));
    all.sort(Integer::compare);
    return all;
  }

  /** The matches of one slice of the index, as top-level document ids. */
  public static final class Slice extends SimpleCollector {
    private final List<Integer> docs = new ArrayList<>();
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      docs.add(base + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
