package newsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsearch.schema.NewsSchema;
import newsearch.search.facet.CountCache;
import newsearch.search.facet.FacetCounts;
import newsearch.search.facet.FacetTree;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.highlight.HitAssembler;
import newsearch.search.rank.BudgetedSearch;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.ProximityRescorer;
import newsearch.search.rank.SearchDeadline;
import org.apache.lucene.index.StoredFields;
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
  private final Respeller respeller;
  private final ProximityRescorer rescorer;
  private final QueryRelaxer relaxer;
  private final RankFusion fusion;

  SearchPipeline(
      NewsSchema schema, SearchConfig config, SearchPlanner planner, HitAssembler assembler) {
    this.schema = schema;
    this.config = config;
    this.planner = planner;
    this.assembler = assembler;
    this.facetTree = new FacetTree(config.page().facetValues());
    this.respeller = new Respeller(schema, planner, config.suggestions());
    this.rescorer = new ProximityRescorer(config.ranking().proximityWindow());
    this.relaxer = new QueryRelaxer(planner);
    this.fusion = new RankFusion(schema, config.fusion(), planner);
  }

  /**
   * Runs {@code plan} on {@code searcher}: respells, ranks, counts, and assembles the response.
   * When the query's spelling correction finds more articles with all its words ({@link
   * Respeller}), the correction is planned and answered instead, and the response names both; under
   * {@code spell=exact} it is only offered as the suggestion. A plan whose words no article holds
   * as the matching rule requires runs again relaxed ({@link QueryRelaxer}).
   */
  SearchResponse answer(
      FacetedSearcher searcher, SearchPlan plan, SearchDeadline deadline, long start)
      throws IOException {
    SearchRequest request = plan.request();
    Optional<String> better = respeller.better(searcher, request);
    if (better.isEmpty()) {
      return answer(searcher, plan, deadline, start, null, null);
    }
    if (request.spelling() == Spelling.EXACT) {
      return answer(searcher, plan, deadline, start, better.get(), null);
    }
    SearchPlan corrected = planner.page(request.withQuery(better.get()));
    return answer(searcher, corrected, deadline, start, null, request.query());
  }

  /**
   * Runs {@code plan}, relaxed when too few articles hold its words, naming {@code suggestion} as a
   * better spelling not searched, or {@code original} as the query typed when the plan is of its
   * correction. The query is embedded once for both runs.
   */
  private SearchResponse answer(
      FacetedSearcher searcher,
      SearchPlan plan,
      SearchDeadline deadline,
      long start,
      String suggestion,
      String original)
      throws IOException {
    float[] vector = fusion.vector(searcher, plan);
    Outcome outcome = run(searcher, plan, vector, deadline);
    Optional<QueryRelaxer.Relaxation> relaxation = Optional.empty();
    if (relaxes(plan, outcome.total()) && !outcome.partial()) {
      relaxation = relaxer.relax(searcher, plan, outcome.total());
      if (relaxation.isPresent()) {
        plan = planner.relaxed(plan, relaxation.get().rule());
        outcome = run(searcher, plan, vector, deadline);
      }
    }
    return response(searcher, plan, outcome, relaxation, start, suggestion, original);
  }

  /** What running a plan found, before its hits are assembled. */
  private record Outcome(
      HitCollapser.Page page,
      long total,
      boolean totalExact,
      FacetCounts facets,
      boolean partial) {}

  /**
   * Runs {@code asked}, ranked with {@code vector} when there is one ({@link RankFusion}); the
   * total and the facets are those of the plan's counting query, which for hybrid ranking is the
   * matches of the words, as for lexical.
   */
  private Outcome run(
      FacetedSearcher searcher, SearchPlan asked, float[] vector, SearchDeadline deadline)
      throws IOException {
    SearchPlan plan = fusion.apply(searcher, asked, vector);
    // Counting facets counts every match anyway, so ranking need count none itself.
    BudgetedSearch budgeted =
        budgeted(searcher, deadline, plan.counts() ? 0 : config.limits().exactTotalUpTo());
    HitCollapser.Page page = ranked(budgeted, plan);
    CountCache.Counted counted =
        (plan.counts() || vector != null) && !budgeted.partial()
            ? counted(searcher, budgeted, plan)
            : null;
    boolean partial = budgeted.partial();
    FacetCounts facets = counted == null ? FacetCounts.EMPTY : counted.facets();
    long total = counted == null ? page.totalHits().value() : counted.total();
    boolean totalExact =
        !partial && (counted != null || page.totalHits().relation() == TotalHits.Relation.EQUAL_TO);
    return new Outcome(page, total, totalExact, facets, partial);
  }

  /**
   * The total and facets of the plan's counting query as this reader has them counted ({@link
   * CountCache}), or counted now and kept when the count was complete.
   */
  private CountCache.Counted counted(
      FacetedSearcher searcher, BudgetedSearch budgeted, SearchPlan plan) throws IOException {
    CountCache.Key key = new CountCache.Key(plan.counting(), plan.counts(), plan.today());
    CountCache.Counted known = searcher.counts().get(key);
    if (known != null) {
      return known;
    }
    BudgetedSearch.Counted fresh = count(searcher, budgeted, plan);
    CountCache.Counted counted =
        new CountCache.Counted(
            fresh.total(),
            fresh.facets() == null
                ? FacetCounts.EMPTY
                : facetTree.read(fresh.facets(), plan.today()));
    if (!budgeted.partial()) {
      searcher.counts().put(key, counted);
    }
    return counted;
  }

  /**
   * The total of the plan's counting query, and its facets when the plan asks for them: a fused
   * ranking may rank articles its counting query leaves out, so its total is counted apart.
   */
  private static BudgetedSearch.Counted count(
      FacetedSearcher searcher, BudgetedSearch budgeted, SearchPlan plan) throws IOException {
    if (!plan.counts()) {
      return new BudgetedSearch.Counted(searcher.count(plan.counting()), null);
    }
    return budgeted.count(plan.counting(), plan.request().isFiltered(), plan.today());
  }

  private SearchResponse response(
      FacetedSearcher searcher,
      SearchPlan plan,
      Outcome outcome,
      Optional<QueryRelaxer.Relaxation> relaxation,
      long start,
      String suggestion,
      String original)
      throws IOException {
    SearchRequest request = plan.request();
    List<Hit> hits = assembler.assemble(searcher, outcome.page().hits(), plan.marking());
    HitCollapser.Page page = outcome.page();
    return new SearchResponse(
        outcome.total(),
        outcome.totalExact(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
        request.page(),
        request.size(),
        plan.userQuery().describe(planner.rule()),
        hits,
        outcome.facets(),
        page.next() == null ? null : plan.order().encode(page.next()),
        suggestion,
        original == null ? null : request.query(),
        original,
        outcome.partial(),
        plan.order().label(),
        relaxation.isPresent(),
        relaxation.map(QueryRelaxer.Relaxation::dropped).orElse(List.of()));
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
  List<RankedId> rank(FacetedSearcher searcher, SearchPlan plan, SearchDeadline deadline)
      throws IOException {
    float[] vector = fusion.vector(searcher, plan);
    BudgetedSearch budgeted = budgeted(searcher, deadline, 0);
    SearchPlan fused = fusion.apply(searcher, plan, vector);
    HitCollapser.Page page = ranked(budgeted, fused);
    // As a page does: whether to relax depends on the counted matches, not on what fusion adds.
    long found = fused == plan ? page.totalHits().value() : searcher.count(fused.counting());
    if (relaxes(fused, found) && !budgeted.partial()) {
      Optional<QueryRelaxer.Relaxation> relaxation = relaxer.relax(searcher, plan, found);
      if (relaxation.isPresent()) {
        plan = planner.relaxed(plan, relaxation.get().rule());
        page = ranked(budgeted, fusion.apply(searcher, plan, vector));
      }
    }
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
  int[] docs(FacetedSearcher searcher, SearchPlan plan, SearchDeadline deadline)
      throws IOException {
    SearchPlan fused = fusion.apply(searcher, plan, fusion.vector(searcher, plan));
    HitCollapser.Page page = ranked(budgeted(searcher, deadline, 0), fused);
    return page.hits().stream().mapToInt(hit -> hit.doc().doc).toArray();
  }

  /** Whether a plan that found {@code found} articles relaxes; browsing has no words to relax. */
  private boolean relaxes(SearchPlan plan, long found) {
    return !plan.request().isBrowse() && found < config.ranking().relaxBelow();
  }

  private BudgetedSearch budgeted(
      FacetedSearcher searcher, SearchDeadline deadline, int exactTotalUpTo) {
    return new BudgetedSearch(searcher, schema, deadline, exactTotalUpTo, rescorer);
  }
}
