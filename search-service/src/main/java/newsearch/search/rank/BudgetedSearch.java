package newsearch.search.rank;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import newsearch.schema.NewsSchema;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.facet.SidewaysFacets;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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
 * (block-max WAND, once {@link LimitsConfig#exactTotalUpTo} matches are counted), while counting
 * facets needs every match but no scores.
 *
 * <p>Lucene stops a search at its deadline by scoring in windows of documents and asking between
 * windows ({@link org.apache.lucene.search.IndexSearcher#setTimeout}); that bounds the work even of
 * a query that matches little. Drill-sideways counting, used when a section or date filter is set,
 * refuses to work in windows, so there the counting collector asks instead, every {@value
 * #CHECK_EVERY} matches and at each segment, and ends the segment's counting once the deadline has
 * passed. Create one per search; not thread-safe.
 */
public final class BudgetedSearch {

  /** Matches counted between two looks at the clock. */
  static final int CHECK_EVERY = 256;

  /** A count threshold that counts every match. */
  private static final int ALL = Integer.MAX_VALUE;

  private final FacetedSearcher searcher;
  private final NewsSchema schema;
  private final SearchDeadline deadline;
  private final int exactTotalUpTo;
  private final ProximityRescorer rescorer;
  // Set by the collectors of every slice of a search spread over threads.
  private volatile boolean stopped;

  /**
   * A search over {@code searcher} within {@code deadline}, whose ranking counts matches exactly up
   * to {@code exactTotalUpTo} before it starts skipping (0 when only the top hits matter), and
   * whose proximity re-ranking is done by {@code rescorer}.
   */
  public BudgetedSearch(
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
   * search was created with. {@code head} holds the documents of the whole re-ranked top, in the
   * order a reader sees them, also those before this slice; it is empty when this ranking did not
   * re-rank (no proximity query, or a slice below the re-ranked top).
   */
  public record Ranking(FieldDoc[] hits, int rescored, TotalHits totalHits, int[] head) {}

  /** How many documents match, and their facets. */
  public record Counted(long total, Facets facets) {}

  /**
   * The top {@code window} hits of {@code query} after {@code after} (from the start when null),
   * sorted by {@code sort}. With a {@code proximity} query, for the relevance sort only, the top of
   * the ranking is re-ranked by it: then a page, wherever it starts, is a slice of one ranking
   * whose first {@link ProximityRescorer#window} hits are re-ranked.
   */
  public Ranking rank(
      DrillDownQuery query, Query proximity, Sort sort, SearchCursor.Position after, int window)
      throws IOException {
    if (proximity == null || (after != null && !after.rescored())) {
      TopDocs top = collect(query, sort, after == null ? null : after.after(), window);
      return new Ranking(fieldDocs(top.scoreDocs), 0, top.totalHits, new int[0]);
    }
    int depth = after == null ? Math.max(window, rescorer.window()) : rescorer.window() + window;
    TopDocs top = collect(query, sort, null, depth);
    FieldDoc[] all = rescorer.rescore(searcher, top.scoreDocs, proximity);
    int head = Math.min(rescorer.window(), all.length);
    int start = after == null ? 0 : ProximityRescorer.firstAfter(all, head, after.after());
    int end = Math.min(all.length, start + window);
    return new Ranking(
        Arrays.copyOfRange(all, start, end),
        Math.min(head, end) - start,
        top.totalHits,
        Arrays.stream(all, 0, head).mapToInt(hit -> hit.doc).toArray());
  }

  /**
   * The documents of the top of the plain ranking that proximity re-ranks, in the plain order:
   * which documents the re-ranked top holds, for a slice below it.
   */
  int[] plainHead(DrillDownQuery query, Sort sort) throws IOException {
    return Arrays.stream(collect(query, sort, null, rescorer.window()).scoreDocs)
        .mapToInt(hit -> hit.doc)
        .toArray();
  }

  /**
   * Every match of {@code query} that {@code filter} also matches, sorted by {@code sort}, with
   * their exact count; {@code expected} guesses how many there are. The filter adds no score, so
   * each match has the sort values the ranking gives it.
   */
  TopDocs every(Query query, Query filter, Sort sort, int expected) throws IOException {
    Query both =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(filter, BooleanClause.Occur.FILTER)
            .build();
    FacetedSearcher timed = searcher.withTimeout(deadline);
    int size = Math.max(1, expected);
    while (true) {
      TopDocs top = timed.search(both, new TopFieldCollectorManager(sort, size, null, ALL));
      stopped = stopped || timed.timedOut();
      if (top.totalHits.value() <= size || stopped) {
        return top;
      }
      // More matched than guessed: collect again, as many as there are.
      size = Math.toIntExact(top.totalHits.value());
    }
  }

  private TopDocs collect(Query query, Sort sort, FieldDoc after, int size) throws IOException {
    FacetedSearcher timed = searcher.withTimeout(deadline);
    TopDocs top =
        timed.search(query, new TopFieldCollectorManager(sort, size, after, exactTotalUpTo));
    stopped = stopped || timed.timedOut();
    int scoreField = scoreField(sort);
    if (scoreField < 0) {
      TopFieldCollector.populateScores(top.scoreDocs, timed, query);
    } else {
      // The sort kept each hit's score: scoring the top again would cost a second weight and
      // scorers, 13% of ranking a Reuters query.
      for (ScoreDoc hit : top.scoreDocs) {
        hit.score = (Float) ((FieldDoc) hit).fields[scoreField];
      }
    }
    return top;
  }

  /** Where {@code sort} holds the score, or -1 when it does not sort by it. */
  private static int scoreField(Sort sort) {
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getType() == SortField.Type.SCORE && !fields[i].getReverse()) {
        return i;
      }
    }
    return -1;
  }

  private static FieldDoc[] fieldDocs(ScoreDoc[] docs) {
    return Arrays.copyOf(docs, docs.length, FieldDoc[].class);
  }

  /**
   * Every match of {@code query} counted, with its facets when the index has them, without scores.
   * {@code filtered} says whether {@code query} has drill-down filters.
   */
  public Counted count(DrillDownQuery query, boolean filtered, LocalDate today) throws IOException {
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

  /** The reader searched. */
  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /** Whether the budget ran out: the hits, total and facets are then those found until then. */
  public boolean partial() {
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
