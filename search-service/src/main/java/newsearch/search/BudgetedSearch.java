package newsearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs the ranked, faceted part of one search within its time budget, and says whether the budget
 * ran out.
 *
 * <p>Ranking ({@link #rank}) and counting ({@link #count}) are two passes over the matches, because
 * together they are slower than apart: ranking alone skips documents that cannot reach the top
 * (block-max WAND, once {@link SearchConfig#exactTotalUpTo} matches are counted), while counting
 * facets needs every match but no scores.
 *
 * <p>Lucene stops a search at its deadline by scoring in windows of documents and asking between
 * windows ({@link org.apache.lucene.search.IndexSearcher#setTimeout}); that bounds the work even of
 * a query that matches little. Drill-sideways counting, used when a section or date filter is set,
 * refuses to work in windows, so there the counting collector asks instead, every {@value
 * #CHECK_EVERY} matches and at each segment, and ends the segment's counting once the deadline has
 * passed. Create one per search; not thread-safe.
 */
final class BudgetedSearch {

  /** Matches counted between two looks at the clock. */
  static final int CHECK_EVERY = 256;

  private final FacetedSearcher searcher;
  private final NewsSchema schema;
  private final SearchDeadline deadline;
  private final int exactTotalUpTo;
  private final ProximityRescorer rescorer;
  private boolean stopped;

  /**
   * A search over {@code searcher} within {@code deadline}, whose ranking counts matches exactly up
   * to {@code exactTotalUpTo} before it starts skipping (0 when only the top hits matter), and
   * whose proximity re-ranking is done by {@code rescorer}.
   */
  BudgetedSearch(
      FacetedSearcher searcher,
      NewsSchema schema,
      SearchDeadline deadline,
      int exactTotalUpTo,
      ProximityRescorer rescorer) {
    this.searcher = searcher;
    this.schema = schema;
    this.deadline = deadline;
    this.exactTotalUpTo = exactTotalUpTo;
    this.rescorer = rescorer;
  }

  /**
   * The top hits of a search, in the order a reader sees them, of which the first {@code rescored}
   * were re-ranked by proximity; {@code totalHits} counts the matches, exactly up to the count this
   * search was created with.
   */
  record Ranking(FieldDoc[] hits, int rescored, TotalHits totalHits) {}

  /** How many documents match, and their facets. */
  record Counted(long total, Facets facets) {}

  /**
   * The top {@code window} hits of {@code query} after {@code after} (from the start when null),
   * sorted by {@code sort}. With a {@code proximity} query, for the relevance sort only, the top of
   * the ranking is re-ranked by it: then a page, wherever it starts, is a slice of one ranking
   * whose first {@link ProximityRescorer#window} hits are re-ranked.
   */
  Ranking rank(
      DrillDownQuery query, Query proximity, Sort sort, SearchCursor.Position after, int window)
      throws IOException {
    if (proximity == null || (after != null && !after.rescored())) {
      TopDocs top = collect(query, sort, after == null ? null : after.after(), window);
      return new Ranking(fieldDocs(top.scoreDocs), 0, top.totalHits);
    }
    int depth = after == null ? Math.max(window, rescorer.window()) : rescorer.window() + window;
    TopDocs top = collect(query, sort, null, depth);
    FieldDoc[] all = rescorer.rescore(searcher, top.scoreDocs, proximity);
    int head = Math.min(rescorer.window(), all.length);
    int start = after == null ? 0 : ProximityRescorer.firstAfter(all, head, after.after());
    int end = Math.min(all.length, start + window);
    return new Ranking(
        Arrays.copyOfRange(all, start, end), Math.min(head, end) - start, top.totalHits);
  }

  private TopDocs collect(Query query, Sort sort, FieldDoc after, int size) throws IOException {
    FacetedSearcher timed = searcher.withTimeout(deadline);
    TopDocs top =
        timed.search(query, new TopFieldCollectorManager(sort, size, after, exactTotalUpTo));
    TopFieldCollector.populateScores(top.scoreDocs, timed, query);
    stopped = stopped || timed.timedOut();
    return top;
  }

  private static FieldDoc[] fieldDocs(ScoreDoc[] docs) {
    return Arrays.copyOf(docs, docs.length, FieldDoc[].class);
  }

  /**
   * Every match of {@code query} counted, with its facets when the index has them, without scores.
   * {@code filtered} says whether {@code query} has drill-down filters.
   */
  Counted count(DrillDownQuery query, boolean filtered, LocalDate today) throws IOException {
    if (searcher.facetState() == null) {
      FacetedSearcher timed = searcher.withTimeout(deadline);
      long total = timed.search(query, new Counting());
      stopped = stopped || timed.timedOut();
      return new Counted(total, null);
    }
    FacetedSearcher counting = filtered ? searcher : searcher.withTimeout(deadline);
    ConcurrentDrillSidewaysResult<Long> counted =
        new SidewaysFacets(counting, schema, today).search(query, new Counting());
    stopped = stopped || counting.timedOut();
    return new Counted(counted.collectorResult, counted.facets);
  }

  /** Whether the budget ran out: the hits, total and facets are then those found until then. */
  boolean partial() {
    return stopped;
  }

  /**
   * Counts matches without scoring them, and ends a segment's collection once the deadline passed.
   */
  private final class Counting implements CollectorManager<Counting.Counter, Long> {

    @Override
    public Counter newCollector() {
      return new Counter();
    }

    @Override
    public Long reduce(Collection<Counter> counters) {
      return counters.stream().mapToLong(c -> c.count).sum();
    }

    /** Asks the clock at each segment and every {@link #CHECK_EVERY} matches. */
    final class Counter extends SimpleCollector {
      private long count;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        stopIfSpent();
      }

      @Override
      public void collect(int doc) {
        if (++count % CHECK_EVERY == 0) {
          stopIfSpent();
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }

  private void stopIfSpent() {
    if (deadline.shouldExit()) {
      stopped = true;
      throw new CollectionTerminatedException();
    }
  }
}
