package newsearch.search;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.facet.SidewaysFacets;
import newsearch.search.query.QueryFactory;
import newsearch.search.query.UserQuery;
import newsearch.search.query.UserQueryParser;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.RankingOrder;
import newsearch.search.rank.RecencyBoost;
import newsearch.search.rank.SearchCursor;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a search request, or a query to rank deeply, into a {@link SearchPlan}: parses the text,
 * checks the request against the configured limits, builds the text and proximity queries, applies
 * freshness and the filters, and picks the {@link RankingOrder}. Thread-safe.
 */
final class SearchPlanner {

  private final NewsSchema schema;
  private final SearchConfig config;
  private final Clock clock;
  private final UserQueryParser parser = new UserQueryParser(true);
  private final QueryFactory queries;
  private final RequestLimits limits;

  SearchPlanner(NewsSchema schema, SearchConfig config, Clock clock) throws IOException {
    this.schema = schema;
    this.config = config;
    this.clock = clock;
    this.queries = new QueryFactory(schema, config);
    this.limits = new RequestLimits(config);
  }

  /**
   * The plan of one page of {@code request}, checked against the configured limits.
   *
   * @throws InvalidRequestException when the request exceeds a limit, or its cursor does not decode
   */
  SearchPlan page(SearchRequest request) {
    limits.checkSearch(request);
    UserQuery userQuery = parser.parse(request.query());
    limits.checkParsed(userQuery);
    int skip = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
    return plan(request, userQuery, skip, request.size());
  }

  /**
   * The plan of the first {@code depth} hits of {@code query} by relevance, without filters or
   * facets: the pages of {@link #page} laid end to end. The size limits do not apply, since a deep
   * ranking is what the relevance harness asks for.
   */
  SearchPlan ranking(String query, int depth) {
    SearchRequest request =
        new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 1, depth, null, false);
    return plan(request, parser.parse(request.query()), 0, depth);
  }

  /**
   * The plan of the first {@code depth} hits of {@code request} by relevance (by date when it has
   * no words), with its filters: the top-ranked matches an analysis reads. Checked against the
   * limits as a page of it would be; {@code depth} itself may exceed the page size.
   *
   * @throws InvalidRequestException when the request exceeds a limit
   */
  SearchPlan sample(SearchRequest request, int depth) {
    limits.checkSearch(request);
    UserQuery userQuery = parser.parse(request.query());
    limits.checkParsed(userQuery);
    SearchRequest ranked =
        new SearchRequest(
            request.query(),
            request.sections(),
            request.from(),
            request.to(),
            SortOrder.RELEVANCE,
            1,
            depth,
            null,
            false,
            request.ranking());
    return plan(ranked, userQuery, 0, depth);
  }

  private SearchPlan plan(SearchRequest request, UserQuery userQuery, int skip, int size) {
    LocalDate today = LocalDate.now(clock);
    boolean browse = request.isBrowse();
    RankingOrder order = RankingOrder.of(request.sort(), browse);
    Query textQuery = browse ? new MatchAllDocsQuery() : queries.build(userQuery);
    Query proximity = order == RankingOrder.RELEVANCE ? queries.proximity(userQuery) : null;
    // Freshness multiplies the proximity gain as it does the words' score: as one text score.
    Query rescoring = proximity == null ? null : withRecency(proximity, browse, today);
    SearchCursor.Position after = request.cursor() == null ? null : order.decode(request.cursor());
    HitCollapser.Walk walk =
        new HitCollapser.Walk(
            filtered(withRecency(textQuery, browse, today), request),
            rescoring,
            order.sort(schema),
            after);
    return new SearchPlan(
        request,
        userQuery,
        textQuery,
        filtered(textQuery, request),
        proximity,
        order,
        walk,
        skip,
        size,
        today);
  }

  /** The text query of {@code respelt} under the filters of {@code request}. */
  DrillDownQuery respelt(String respelt, SearchRequest request) {
    return filtered(queries.build(parser.parse(respelt)), request);
  }

  /** {@code query} narrowed to the sections and dates of {@code request}. */
  DrillDownQuery filtered(Query query, SearchRequest request) {
    DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), query);
    for (SectionPath section : request.sections()) {
      drillDown.add(NewsSchema.SECTION, section.parts().toArray(String[]::new));
    }
    if (request.from() != null || request.to() != null) {
      drillDown.add(SidewaysFacets.DATE_FILTER, schema.dateRange(request.from(), request.to()));
    }
    return drillDown;
  }

  /** Freshness multiplies the text score when it is configured; browsing is by date anyway. */
  private Query withRecency(Query text, boolean browse, LocalDate today) {
    if (config.ranking().recencyWeight() <= 0 || browse) {
      return text;
    }
    return FunctionScoreQuery.boostByValue(
        text,
        new RecencyBoost(
            NewsSchema.DATE,
            today,
            config.ranking().recencyWeight(),
            config.ranking().recencyHalfLifeDays()));
  }
}
