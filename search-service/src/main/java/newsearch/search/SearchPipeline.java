package newsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsearch.schema.NewsSchema;
import newsearch.search.facet.FacetCounts;
import newsearch.search.facet.FacetTree;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.highlight.HitAssembler;
import newsearch.search.rank.BudgetedSearch;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.ProximityRescorer;
import newsearch.search.rank.SearchDeadline;
import newsearch.search.suggest.SpellingCorrector;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a {@link SearchPlan} on one acquired searcher: makes it semantic or hybrid when it asks
 * ({@link RankFusion}), ranks and collapses the window it asks for, and for a page also counts the
 * matches and their facets, assembles the hits and offers a respelling. A page and a deep ranking
 * take the same path from plan to hits ({@link #ranked}). Thread-safe; the caller acquires and
 * releases the searcher.
 */
final class SearchPipeline {

  private static final Set<String> ID_ONLY = Set.of(NewsSchema.ID);

  private final NewsSchema schema;
  private final SearchConfig config;
  private final SearchPlanner planner;
  private final HitAssembler assembler;
  private final FacetTree facetTree;
  private final HitCollapser collapser = new HitCollapser();
  private final SpellingCorrector spelling;
  private final ProximityRescorer rescorer;
  private final RankFusion fusion;

  SearchPipeline(
      NewsSchema schema, SearchConfig config, SearchPlanner planner, HitAssembler assembler) {
    this.schema = schema;
    this.config = config;
    this.planner = planner;
    this.assembler = assembler;
    this.facetTree = new FacetTree(config.page().facetValues());
    this.spelling = new SpellingCorrector(schema);
    this.rescorer = new ProximityRescorer(config.ranking().proximityWindow());
    this.fusion = new RankFusion(schema, config.fusion(), planner);
  }

  /** Runs {@code plan} on {@code searcher}: ranks, counts, and assembles the response. */
  SearchResponse answer(
      FacetedSearcher searcher, SearchPlan asked, SearchDeadline deadline, long start)
      throws IOException {
    SearchPlan plan = fusion.apply(searcher, asked);
    SearchRequest request = plan.request();
    // Counting facets counts every match anyway, so ranking need count none itself.
    BudgetedSearch budgeted =
        budgeted(searcher, deadline, plan.counts() ? 0 : config.limits().exactTotalUpTo());
    HitCollapser.Page page = ranked(budgeted, plan);
    BudgetedSearch.Counted counted =
        plan.counts() && !budgeted.partial()
            ? budgeted.count(plan.counting(), request.isFiltered(), plan.today())
            : null;
    boolean partial = budgeted.partial();
    FacetCounts facets =
        counted == null || counted.facets() == null
            ? FacetCounts.EMPTY
            : facetTree.read(counted.facets(), plan.today());
    long total = counted == null ? page.totalHits().value() : counted.total();
    boolean totalExact =
        !partial && (counted != null || page.totalHits().relation() == TotalHits.Relation.EQUAL_TO);
    List<Hit> hits =
        assembler.assemble(searcher, page.hits(), marking(plan.textQuery(), plan.proximity()));
    return new SearchResponse(
        total,
        totalExact,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
        request.page(),
        request.size(),
        plan.userQuery().describe(config.ranking().requireAllWords()),
        hits,
        facets,
        page.next() == null ? null : plan.order().encode(page.next()),
        partial ? null : didYouMean(searcher, request, total),
        partial,
        plan.order().label());
  }

  /**
   * The window of the collapsed ranking that {@code plan} asks for: the one path from a plan to its
   * hits, for pages and deep rankings alike.
   */
  private HitCollapser.Page ranked(BudgetedSearch budgeted, SearchPlan plan) throws IOException {
    return collapser.page(budgeted, plan.walk(), plan.skip(), plan.size());
  }

  /**
   * The ids and scores of the window of the collapsed ranking that {@code plan} asks for.
   *
   * @throws IOException also when the ranking ran out of its time budget
   */
  List<RankedId> rank(FacetedSearcher searcher, SearchPlan asked, SearchDeadline deadline)
      throws IOException {
    SearchPlan plan = fusion.apply(searcher, asked);
    BudgetedSearch budgeted = budgeted(searcher, deadline, 0);
    HitCollapser.Page page = ranked(budgeted, plan);
    if (budgeted.partial()) {
      throw new IOException(
          "ranking '"
              + plan.request().query()
              + "' ran out of its time budget; raise search_timeout_millis");
    }
    List<RankedId> ranked = new ArrayList<>(page.hits().size());
    StoredFields stored = searcher.storedFields();
    for (HitCollapser.Kept hit : page.hits()) {
      String id = stored.document(hit.doc().doc, ID_ONLY).get(NewsSchema.ID);
      ranked.add(new RankedId(id, hit.doc().score));
    }
    return ranked;
  }

  /**
   * The documents of the window of the collapsed ranking that {@code plan} asks for, in rank order:
   * a sample for analyses. When the budget runs out, those ranked by then.
   */
  int[] docs(FacetedSearcher searcher, SearchPlan asked, SearchDeadline deadline)
      throws IOException {
    HitCollapser.Page page = ranked(budgeted(searcher, deadline, 0), fusion.apply(searcher, asked));
    return page.hits().stream().mapToInt(hit -> hit.doc().doc).toArray();
  }

  private BudgetedSearch budgeted(
      FacetedSearcher searcher, SearchDeadline deadline, int exactTotalUpTo) {
    return new BudgetedSearch(searcher, schema, deadline, exactTotalUpTo, rescorer);
  }

  /** What highlights mark: the words, and the query's neighbouring words as one unit. */
  private static Query marking(Query text, Query proximity) {
    if (proximity == null) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(proximity, BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * A respelling of the query when the search found fewer than {@code spellingBelowHits} articles
   * and the respelt query, with the same filters, finds some and no fewer; otherwise null. No fewer
   * rather than more: under OR, {@code kessling tramz} and {@code kessling trams} may find the same
   * articles, yet the second matches them better.
   */
  private String didYouMean(FacetedSearcher searcher, SearchRequest request, long total)
      throws IOException {
    if (request.isBrowse() || total >= config.suggestions().spellingBelowHits()) {
      return null;
    }
    Optional<String> respelt = spelling.correct(searcher.getIndexReader(), request.query());
    if (respelt.isEmpty()) {
      return null;
    }
    int found = searcher.count(planner.respelt(respelt.get(), request));
    return found > 0 && found >= total ? respelt.get() : null;
  }
}
