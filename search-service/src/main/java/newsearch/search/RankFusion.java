package newsearch.search;

import java.io.IOException;
import java.util.List;
import newsearch.embedding.SentenceEncoder;
import newsearch.schema.NewsSchema;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.query.QueryTerm;
import newsearch.search.query.UserQuery;
import newsearch.search.rank.FusedScores;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.RankingOrder;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * The step that turns a lexical plan into a semantic or hybrid one, on the searcher that will run
 * it. The query text is embedded once per request ({@link #vector}); the nearest articles by
 * meaning are found by a kNN search with a filter inside it; for hybrid, they are fused with the
 * top matches of the words by reciprocal rank ({@link TopDocs#rrf}).
 *
 * <p>The result is an ordinary plan, so that sorting, collapsing, cursors and facets work as for
 * any other. A semantic plan matches the nearest articles under the request's filters, scored by
 * cosine similarity, and counts them. A hybrid plan counts, and draws facets from, the matches of
 * the words under the filters, as a lexical one does; it ranks them by the fused score (0 for a
 * match below both fused lists, so those follow in id order). Where its {@link KnnScope} looks
 * beyond the matches, the nearest articles that lack the words are ranked too, by their fused
 * score, without being counted. Proximity re-ranking, which would add to the fused scores, is off.
 *
 * <p>A plan stays lexical when it browses (no words), when it asks for the lexical ranking, when
 * the index has no vectors (built with {@code reindex --no-vectors}), and, for hybrid, when it is
 * sorted by date or is a short query under {@link KnnScope#LONG_QUERIES_ONLY}. The model loads when
 * the configured ranking needs it, or else at the first request that does. Thread-safe.
 */
final class RankFusion {

  private final NewsSchema schema;
  private final FusionConfig config;
  private final SearchPlanner planner;

  RankFusion(NewsSchema schema, FusionConfig config, SearchPlanner planner) {
    this.schema = schema;
    this.config = config;
    this.planner = planner;
    if (config.ranking() != Ranking.LEXICAL) {
      // Loading takes a second or more: not within the time budget of the first search.
      SentenceEncoder.shared();
    }
  }

  /**
   * The vector of the query of {@code plan}, or null when {@code searcher} ranks it by the words
   * alone: the one embedding of a request, whichever plans (relaxed or not) then use it.
   */
  float[] vector(FacetedSearcher searcher, SearchPlan plan) {
    SearchRequest request = plan.request();
    Ranking ranking = request.rankingOr(config.ranking());
    if (ranking == Ranking.LEXICAL || request.isBrowse() || !hasVectors(searcher)) {
      return null;
    }
    if (ranking == Ranking.HYBRID
        && (request.sort() != SortOrder.RELEVANCE
            || (config.knnScope() == KnnScope.LONG_QUERIES_ONLY && isShort(plan.userQuery())))) {
      // Sorted by date, a fused score orders nothing, and the articles it adds lack the words.
      return null;
    }
    return SentenceEncoder.shared().embed(request.query());
  }

  /** {@code plan} as {@code searcher} runs it with {@code vector}; lexical when that is null. */
  SearchPlan apply(IndexSearcher searcher, SearchPlan plan, float[] vector) throws IOException {
    if (vector == null) {
      return plan;
    }
    SearchRequest request = plan.request();
    boolean semantic = request.rankingOr(config.ranking()) == Ranking.SEMANTIC;
    boolean withinMatches = !semantic && withinMatches(plan.userQuery());
    Query filter;
    if (withinMatches) {
      filter = plan.counting();
    } else {
      filter = request.isFiltered() ? planner.filtered(new MatchAllDocsQuery(), request) : null;
    }
    // Rewriting runs the vector search once; the rewritten query matches and scores its hits.
    Query nearest = searcher.rewrite(schema.nearest(vector, config.knnCandidates(), filter));
    HitCollapser.Walk walk = plan.walk();
    if (semantic) {
      DrillDownQuery ranked = planner.filtered(nearest, request);
      return replan(plan, ranked, new HitCollapser.Walk(ranked, null, walk.sort(), walk.after()));
    }
    Query matching =
        withinMatches
            ? plan.textQuery()
            : new BooleanQuery.Builder()
                .add(plan.textQuery(), Occur.SHOULD)
                .add(nearest, Occur.SHOULD)
                .build();
    Query scored = new FunctionScoreQuery(matching, fused(searcher, plan, nearest));
    return replan(
        plan,
        plan.counting(),
        new HitCollapser.Walk(planner.filtered(scored, request), null, walk.sort(), walk.after()));
  }

  private static SearchPlan replan(
      SearchPlan plan, DrillDownQuery counting, HitCollapser.Walk walk) {
    return new SearchPlan(
        plan.request(),
        plan.userQuery(),
        plan.textQuery(),
        plan.marking(),
        counting,
        null,
        plan.order(),
        walk,
        plan.skip(),
        plan.size(),
        plan.today());
  }

  /** Whether a hybrid ranking of {@code query} looks for the nearest among its matches only. */
  private boolean withinMatches(UserQuery query) {
    return switch (config.knnScope()) {
      case MATCHES -> true;
      case FILTERS, LONG_QUERIES_ONLY -> false;
      case LONG_QUERIES -> isShort(query);
    };
  }

  /** Whether the matching rule requires every word of {@code query}. */
  private boolean isShort(UserQuery query) {
    int optional = 0;
    for (List<QueryTerm> group : query.groups()) {
      optional += group.stream().noneMatch(QueryTerm::required) ? 1 : 0;
    }
    return planner.rule().required(optional) == optional;
  }

  /**
   * The fused scores of the top matches of the words (as the lexical plan ranks them, filters and
   * freshness included) and of the nearest articles, each list ordered by score and then id.
   */
  private FusedScores fused(IndexSearcher searcher, SearchPlan plan, Query nearest)
      throws IOException {
    var byScoreThenId = RankingOrder.RELEVANCE.sort(schema);
    DrillDownQuery words = plan.walk().query();
    TopDocs lexical = searcher.search(words, config.lexicalCandidates(), byScoreThenId, true);
    TopDocs semantic =
        searcher.search(
            planner.filtered(nearest, plan.request()), config.knnCandidates(), byScoreThenId, true);
    TopDocs fused =
        TopDocs.rrf(
            config.lexicalCandidates() + config.knnCandidates(),
            config.rrfK(),
            new TopDocs[] {lexical, semantic});
    return FusedScores.of(fused);
  }

  /**
   * Whether the index holds sentence vectors, from the field infos merged once per reader: merging
   * them on every search cost 4% of a search of Reuters.
   */
  private static boolean hasVectors(FacetedSearcher searcher) {
    FieldInfo field = searcher.fieldInfos().fieldInfo(NewsSchema.EMBEDDING);
    return field != null && field.hasVectorValues();
  }
}
