package newsearch.search;

import java.time.LocalDate;
import newsearch.search.query.UserQuery;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.RankingOrder;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.Query;

/**
 * What one search runs, decided before any searcher is acquired: the parsed query, the queries made
 * of it, the order, and the window of the collapsed ranking to return. A page of {@code
 * /api/search} and a deep ranking for the relevance harness are both plans ({@link SearchPlanner}),
 * run through the same ranking, so they rank alike. Immutable.
 *
 * @param request the filters, page and options asked for
 * @param userQuery the query text as parsed
 * @param textQuery the words alone, scored by the text only
 * @param marking what highlights mark: the words, and the query's neighbouring words where they
 *     stand together, as one unit
 * @param counting the matches to count: the words with the filters, without freshness, which adds
 *     no match
 * @param proximity the words' proximity query, for the relevance order; null otherwise
 * @param order the order of the ranking
 * @param walk the ranked query (filtered, with freshness), its re-ranking, sort and cursor
 * @param skip how many collapsed hits come before the window
 * @param size how many collapsed hits the window holds
 * @param today the day freshness and the recent periods count from
 */
record SearchPlan(
    SearchRequest request,
    UserQuery userQuery,
    Query textQuery,
    Query marking,
    DrillDownQuery counting,
    Query proximity,
    RankingOrder order,
    HitCollapser.Walk walk,
    int skip,
    int size,
    LocalDate today) {

  /** Whether the request asks for facet counts, which count every match. */
  boolean counts() {
    return request.facets();
  }
}
