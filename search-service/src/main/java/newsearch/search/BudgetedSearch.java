package newsearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs the ranked, faceted part of one search within its time budget, and says whether the budget
 * ran out.
 *
 * <p>Lucene stops a search at its deadline by scoring in windows of documents and asking between
 * windows ({@link org.apache.lucene.search.IndexSearcher#setTimeout}); that bounds the work even of
 * a query that matches little. Drill-sideways scoring, used when a section or date filter is set,
 * refuses to score in windows, so there the hit collector asks instead, every {@value #CHECK_EVERY}
 * hits and at each segment, and ends the segment's scoring (hits and sideways counts alike) once
 * the deadline has passed. Create one per search; not thread-safe.
 */
final class BudgetedSearch {

  /** Hits collected between two looks at the clock. */
  static final int CHECK_EVERY = 256;

  private final FacetedSearcher searcher;
  private final NewsSchema schema;
  private final SearchDeadline deadline;
  private boolean stopped;

  BudgetedSearch(FacetedSearcher searcher, NewsSchema schema, SearchDeadline deadline) {
    this.searcher = searcher;
    this.schema = schema;
    this.deadline = deadline;
  }

  /**
   * The top {@code window} hits after {@code after}, with facets when the index has them; {@code
   * filtered} says whether {@code query} has drill-down filters.
   */
  DrillSidewaysResult run(
      DrillDownQuery query,
      boolean filtered,
      Sort sort,
      FieldDoc after,
      int window,
      LocalDate today)
      throws IOException {
    if (searcher.facetState() == null) {
      FacetedSearcher timed = searcher.withTimeout(deadline);
      TopDocs top =
          timed.search(query, new TopFieldCollectorManager(sort, window, after, Integer.MAX_VALUE));
      TopFieldCollector.populateScores(top.scoreDocs, timed, query);
      stopped = timed.timedOut();
      return new DrillSidewaysResult(null, top, null, null, null);
    }
    if (!filtered) {
      FacetedSearcher timed = searcher.withTimeout(deadline);
      DrillSidewaysResult result =
          new SidewaysFacets(timed, schema, today).search(query, null, after, window, sort, true);
      stopped = timed.timedOut();
      return result;
    }
    int numHits = Math.max(1, Math.min(window, searcher.getIndexReader().maxDoc()));
    ConcurrentDrillSidewaysResult<TopFieldDocs> result =
        new SidewaysFacets(searcher, schema, today)
            .search(
                query,
                new Budgeted<>(
                    new TopFieldCollectorManager(sort, numHits, after, Integer.MAX_VALUE)));
    TopFieldCollector.populateScores(result.collectorResult.scoreDocs, searcher, query);
    return new DrillSidewaysResult(
        result.facets,
        result.collectorResult,
        result.drillDownFacetsCollector,
        result.drillSidewaysFacetsCollector,
        result.drillSidewaysDims);
  }

  /** Whether the budget ran out: the hits, total and facets are then those found until then. */
  boolean partial() {
    return stopped;
  }

  /** A collector manager whose collectors end a segment's collection once the deadline passed. */
  private final class Budgeted<C extends Collector, T>
      implements CollectorManager<Budgeted<C, T>.Checking, T> {
    private final CollectorManager<C, T> inner;

    Budgeted(CollectorManager<C, T> inner) {
      this.inner = inner;
    }

    @Override
    public Checking newCollector() throws IOException {
      return new Checking(inner.newCollector());
    }

    @Override
    public T reduce(Collection<Checking> collectors) throws IOException {
      List<C> unwrapped = new ArrayList<>(collectors.size());
      collectors.forEach(c -> unwrapped.add(c.collector));
      return inner.reduce(unwrapped);
    }

    /** Asks the clock at each segment and every {@link #CHECK_EVERY} hits. */
    final class Checking extends FilterCollector {
      private final C collector;

      Checking(C collector) {
        super(collector);
        this.collector = collector;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        stopIfSpent();
        return new FilterLeafCollector(super.getLeafCollector(context)) {
          private int sinceCheck;

          @Override
          public void collect(int doc) throws IOException {
            if (++sinceCheck == CHECK_EVERY) {
              sinceCheck = 0;
              stopIfSpent();
            }
            super.collect(doc);
          }
        };
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
