package newsearch.solr;

import java.time.LocalDate;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.SortOrder;
import newsearch.search.query.MinimumMatch;
import newsearch.search.query.UserQuery;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Turns one page of a {@link SearchRequest} into a Solr request: the ranking part from {@link
 * SolrQueryShape} (the matching rule, relaxed or not, proximity, freshness, copies collapsed), then
 * the tagged filters, the order, the page or cursor, the JSON facets, the time budget and the
 * unified highlighter marking with {@link SolrArticles#MARK}.
 */
final class SolrSearchQuery {

  private final SolrQueryShape shape;
  private final SearchConfig config;
  private final SolrFacets facets;

  SolrSearchQuery(SolrQueryShape shape, SearchConfig config) {
    this.shape = shape;
    this.config = config;
    this.facets = new SolrFacets(config.page().facetValues());
  }

  /**
   * The request for {@code request}, whose text was read as {@code query} and whose dates are
   * {@code from} to {@code to}, in {@code order}, starting at {@code cursor} (null for page
   * numbers), under the matching rule or, when {@code relaxed}, with any word enough.
   */
  SolrQuery build(
      SearchRequest request,
      UserQuery query,
      LocalDate from,
      LocalDate to,
      SortOrder order,
      SolrCursor cursor,
      LocalDate today,
      boolean relaxed) {
    boolean browse = query.isEmpty();
    SolrQuery solr =
        browse
            ? shape.browse(order == SortOrder.OLDEST)
            : shape.request(words(query), request.queryLanguage(), relaxed);
    for (String filter : SolrFilters.of(request, from, to)) {
      solr.addFilterQuery(filter);
    }
    sort(solr, order);
    solr.setRows(request.size());
    if (!marksCursor(query, order)) {
      // Proximity re-ranks the relevance order only; and Solr cannot page a re-ranked order by
      // cursor mark, so that order pages by offset.
      solr.remove("rq");
    }
    if (cursor != null && marksCursor(query, order)) {
      solr.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor.mark());
    } else {
      solr.setStart(
          Math.toIntExact(
              cursor != null ? cursor.offset() : (long) (request.page() - 1) * request.size()));
    }
    if (request.facets()) {
      solr.set("json.facet", facets.request(today));
    }
    solr.setFields(SolrArticles.STORED);
    solr.addField("score");
    solr.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, config.limits().searchTimeoutMillis()));
    highlight(solr, browse);
    return solr;
  }

  /**
   * Whether the cursor of a search for {@code query} in {@code order} carries Solr's cursor mark:
   * every order but the re-ranked relevance order of words, which pages by offset.
   */
  static boolean marksCursor(UserQuery query, SortOrder order) {
    return query.isEmpty() || order != SortOrder.RELEVANCE;
  }

  /** The facets this builds and reads. */
  SolrFacets facets() {
    return facets;
  }

  /**
   * The words of {@code query} in the user syntax, without its dates, which are filters: edismax
   * reads the same {@code "phrases"}, {@code -exclusions}, {@code OR} and {@code +required}.
   */
  static String words(UserQuery query) {
    return new UserQuery(query.groups(), query.exclusions()).describe(MinimumMatch.ANY);
  }

  /** Orders as {@link newsearch.search.rank.RankingOrder} does; undated articles last in both. */
  private static void sort(SolrQuery solr, SortOrder order) {
    if (order == SortOrder.RELEVANCE) {
      if (solr.getSorts().isEmpty()) {
        solr.addSort("score", SolrQuery.ORDER.desc);
        solr.addSort(NewsSchema.ID, SolrQuery.ORDER.asc);
      }
      return;
    }
    solr.clearSorts();
    if (order == SortOrder.OLDEST) {
      // A missing date sorts as the lowest value, so first in ascending order unless put last.
      solr.addSort("if(exists(" + NewsSchema.DATE + "),0,1)", SolrQuery.ORDER.asc);
    }
    solr.addSort(
        NewsSchema.DATE, order == SortOrder.OLDEST ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc);
    solr.addSort("score", SolrQuery.ORDER.desc);
    solr.addSort(NewsSchema.ID, SolrQuery.ORDER.asc);
  }

  private void highlight(SolrQuery solr, boolean browse) {
    solr.setHighlight(true);
    solr.set("hl.method", "unified");
    solr.set("hl.fl", NewsSchema.TITLE + "," + NewsSchema.BODY);
    solr.set("hl.tag.pre", SolrArticles.MARK);
    solr.set("hl.tag.post", SolrArticles.UNMARK);
    // Plain text back, since our own escaping follows; the configset's default escapes already.
    solr.set("hl.encoder", "simple");
    solr.set("hl.snippets", config.highlighting().snippets());
    solr.set("hl.maxAnalyzedChars", config.highlighting().highlightMaxChars());
    solr.set("f." + NewsSchema.TITLE + ".hl.bs.type", "WHOLE");
    solr.set("f." + NewsSchema.BODY + ".hl.defaultSummary", true);
    // One sentence per passage, as the local highlighter cuts them, rather than sentences joined
    // up to Solr's default of 70 characters.
    solr.set("f." + NewsSchema.BODY + ".hl.bs.type", "SENTENCE");
    solr.set("f." + NewsSchema.BODY + ".hl.fragsize", 1);
    solr.set("f." + NewsSchema.BODY + ".hl.fragsizeIsMinimum", true);
    if (browse) {
      solr.set("hl.q", "*:*");
      solr.set("hl.qparser", "lucene");
    }
  }
}
