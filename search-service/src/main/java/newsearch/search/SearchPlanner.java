package newsearch.search;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.facet.SidewaysFacets;
import newsearch.search.query.MinimumMatch;
import newsearch.search.query.QueryFactory;
import newsearch.search.query.UserQuery;
import newsearch.search.query.UserQueryParser;
import newsearch.search.rank.HitCollapser;
import newsearch.search.rank.RankingOrder;
import newsearch.search.rank.RecencyBoost;
import newsearch.search.rank.SearchCursor;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
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
  private final UserQueryParser parser;
  private final QueryFactory queries;
  private final RequestLimits limits;

  SearchPlanner(NewsSchema schema, SearchConfig config, Clock clock) throws IOException {
    this.schema = schema;
    this.config = config;
    this.clock = clock;
    this.parser = new UserQueryParser(true, clock);
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
    UserQuery userQuery = parser.parse(request.query(), request.partial());
    limits.checkParsed(userQuery);
    int skip = request.cursor() == null ? (request.page() - 1) * request.size() : 0;
    return plan(withQueryDates(request, userQuery), userQuery, skip, request.size());
  }

  /**
   * The plan of the first {@code depth} hits of {@code query} by relevance, without filters or
   * facets: the pages of {@link #page} laid end to end. The size limits do not apply, since a deep
   * ranking is what the relevance harness asks for.
   */
  SearchPlan ranking(String query, int depth) {
    SearchRequest request =
        new SearchRequest(query, List.of(), null, null, SortOrder.RELEVANCE, 1, depth, null, false);
    UserQuery userQuery = parser.parse(request.query());
    return plan(withQueryDates(request, userQuery), userQuery, 0, depth);
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
    UserQuery userQuery = parser.parse(request.query(), request.partial());
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
            request.queryLanguage(),
            request.languages(),
            request.partial(),
            request.spelling(),
            request.undated(),
            request.ranking());
    return plan(withQueryDates(ranked, userQuery), userQuery, 0, depth);
  }

  /** {@code plan} under a more lenient matching rule, with the same query, filters and window. */
  SearchPlan relaxed(SearchPlan plan, MinimumMatch rule) {
    return plan(plan.request(), plan.userQuery(), rule, plan.skip(), plan.size());
  }

  /** The matches of {@code query} under the filters of {@code request}, to count. */
  DrillDownQuery counting(UserQuery query, SearchRequest request) {
    return counting(queries.build(query, request.queryLanguage()), request);
  }

  /**
   * The matches of {@code text} under the filters of {@code request}, unscored: drill-sideways
   * counting scores every match of a scored query, though nothing reads the scores.
   */
  private DrillDownQuery counting(Query text, SearchRequest request) {
    return filtered(new ConstantScoreQuery(text), request);
  }

  /** How the matching rule reads queries. */
  MinimumMatch rule() {
    return queries.rule();
  }

  /**
   * {@code request} narrowed to the dates its query text asks for ({@code since:2021}): the later
   * start and the earlier end of the two, applied as the {@code from} and {@code to} filters are.
   *
   * @throws InvalidRequestException when they leave no day
   */
  private static SearchRequest withQueryDates(SearchRequest request, UserQuery query) {
    if (query.from() == null && query.to() == null) {
      return request;
    }
    LocalDate from = pick(request.from(), query.from(), true);
    LocalDate to = pick(request.to(), query.to(), false);
    return request.between(from, to);
  }

  /** The later (or earlier) of two days, either of which may be missing. */
  private static LocalDate pick(LocalDate a, LocalDate b, boolean later) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isAfter(b) == later ? a : b;
  }

  private SearchPlan plan(SearchRequest request, UserQuery userQuery, int skip, int size) {
    return plan(request, userQuery, queries.rule(), skip, size);
  }

  private SearchPlan plan(
      SearchRequest request, UserQuery userQuery, MinimumMatch rule, int skip, int size) {
    LocalDate today = LocalDate.now(clock);
    boolean browse = request.isBrowse();
    RankingOrder order = RankingOrder.of(request.sort(), browse);
    Query textQuery =
        browse ? new MatchAllDocsQuery() : queries.build(userQuery, rule, request.queryLanguage());
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
        browse ? textQuery : marking(textQuery, queries.adjacentPairs(userQuery)),
        counting(textQuery, request),
        proximity,
        order,
        walk,
        skip,
        size,
        today);
  }

  /** What highlights mark: the words, and the query's neighbouring words as one unit. */
  private static Query marking(Query text, Query adjacent) {
    if (adjacent == null) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(adjacent, BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * The articles holding all the words of {@code text} under the filters of {@code request},
   * however the configured rule matches words: what a spelling correction is judged by.
   */
  DrillDownQuery allWords(String text, SearchRequest request) {
    return filtered(
        queries.build(parser.parse(text), MinimumMatch.ALL, request.queryLanguage()), request);
  }

  /**
   * {@code query} narrowed to the sections, languages and dates of {@code request}; values of one
   * dimension are alternatives.
   */
  DrillDownQuery filtered(Query query, SearchRequest request) {
    DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), query);
    for (SectionPath section : request.sections()) {
      drillDown.add(NewsSchema.SECTION, section.parts().toArray(String[]::new));
    }
    for (String language : request.languages()) {
      drillDown.add(NewsSchema.LANGUAGE, language);
    }
    Query dates = dates(request);
    if (dates != null) {
      drillDown.add(SidewaysFacets.DATE_FILTER, dates);
    }
    return drillDown;
  }

  /**
   * The date range of {@code request} with or without the undated articles, as it asks; null when
   * it narrows by neither. One filter, so the date facets count as if it were not set.
   */
  private Query dates(SearchRequest request) {
    boolean range = request.from() != null || request.to() != null;
    Query dated =
        range
            ? schema.dateRange(request.from(), request.to())
            : new FieldExistsQuery(NewsSchema.DATE);
    Query undated =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
            .add(new FieldExistsQuery(NewsSchema.DATE), BooleanClause.Occur.MUST_NOT)
            .build();
    return switch (request.undated()) {
      case ONLY -> undated;
      case EXCLUDE -> dated;
      case INCLUDE ->
          range
              ? new BooleanQuery.Builder()
                  .add(dated, BooleanClause.Occur.SHOULD)
                  .add(undated, BooleanClause.Occur.SHOULD)
                  .build()
              : null;
    };
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
