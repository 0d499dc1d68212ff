package newsearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import newsearch.embedding.SentenceEncoder;
import newsearch.schema.NewsSchema;
import newsearch.search.rank.FusedScores;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.RankingOrder;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The step that turns a lexical plan into a semantic or hybrid one, on the searcher that will run
 * it. The query text is embedded once; the nearest articles by meaning are found by a kNN search
 * with the request's section and date filters inside it; for hybrid, they are fused with the top
 * matches of the words by reciprocal rank ({@link TopDocs#rrf}).
 *
 * <p>The result is an ordinary plan, so that sorting, collapsing, cursors, totals and facets work
 * as for any other: a semantic plan matches the nearest articles, scored by cosine similarity; a
 * hybrid plan matches every match of the words plus the nearest articles, scored by the fused score
 * (0 for a match of the words below the fused lists, so those follow in id order). Totals and
 * facets count those matches. Proximity re-ranking, which would add to the fused scores, is off.
 *
 * <p>A plan stays lexical when it browses (no words), when it asks for the lexical ranking, or when
 * the index has no vectors (built with {@code reindex --no-vectors}). The model loads when the
 * configured ranking needs it, or else at the first request that does. Thread-safe.
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

  /** {@code plan} as {@code searcher} runs it with the ranking it asks for. */
  SearchPlan apply(IndexSearcher searcher, SearchPlan plan) throws IOException {
    SearchRequest request = plan.request();
    Ranking ranking = request.rankingOr(config.ranking());
    if (ranking == Ranking.LEXICAL
        || request.isBrowse()
        || !hasVectors(searcher.getIndexReader())) {
      return plan;
    }
    float[] vector = SentenceEncoder.shared().embed(request.query());
    Query filter = request.isFiltered() ? planner.filtered(new MatchAllDocsQuery(), request) : null;
    // Rewriting runs the vector search once; the rewritten query matches and scores its hits.
    Query nearest = searcher.rewrite(schema.nearest(vector, config.knnCandidates(), filter));
    Query matching;
    Query scored;
    if (ranking == Ranking.SEMANTIC) {
      matching = nearest;
      scored = nearest;
    } else {
      matching =
          new BooleanQuery.Builder()
              .add(plan.textQuery(), Occur.SHOULD)
              .add(nearest, Occur.SHOULD)
              .build();
      scored = new FunctionScoreQuery(matching, fused(searcher, plan, nearest));
    }
    HitCollapser.Walk walk = plan.walk();
    return new SearchPlan(
        request,
        plan.userQuery(),
        plan.textQuery(),
        planner.filtered(matching, request),
        null,
        plan.order(),
        new HitCollapser.Walk(planner.filtered(scored, request), null, walk.sort(), walk.after()),
        plan.skip(),
        plan.size(),
        plan.today());
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
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : fused.scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return new FusedScores(scores);
  }

  private static boolean hasVectors(IndexReader reader) {
    FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(NewsSchema.EMBEDDING);
    return field != null && field.hasVectorValues();
  }
}
