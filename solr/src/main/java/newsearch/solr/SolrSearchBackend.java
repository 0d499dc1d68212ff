package newsearch.solr;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.Hit;
import newsearch.search.Ranking;
import newsearch.search.RequestLimits;
import newsearch.search.SearchBackend;
import newsearch.search.SearchConfig;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.SortOrder;
import newsearch.search.facet.FacetCounts;
import newsearch.search.index.StoredArticle;
import newsearch.search.query.MinimumMatch;
import newsearch.search.query.UserQuery;
import newsearch.search.query.UserQueryParser;
import newsearch.search.suggest.Suggestion;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * A SolrCloud collection as the backend of the API and page: searches with the local filters,
 * drill-sideways facets, highlights, totals, page numbers and cursors, articles by id, and related
 * articles by more-like-this, each answered in the shapes of the local index.
 *
 * <p>Requests are checked against the same {@link RequestLimits}, and the query text is read by the
 * same {@link UserQueryParser}, so that a request the local index refuses is refused here with the
 * same message. What differs from the local answers, and why, is listed in the README: the ranking
 * is {@link SolrRanking}'s (any word matches, no relaxation, no spelling correction), wire copies
 * are not collapsed, and completions come from titles alone. Thread-safe as its client is; does not
 * close it.
 */
public final class SolrSearchBackend implements SearchBackend {

  /** The fields more-like-this compares articles by. */
  private static final String SIMILAR_FIELDS = NewsSchema.TITLE + "," + NewsSchema.BODY;

  /** How much of the body a related article shows: a passage's worth. */
  private static final int OPENING_CHARS = 200;

  private final CloudSolrClient client;
  private final String collection;
  private final SearchConfig config;
  private final Clock clock;
  private final RequestLimits limits;
  private final UserQueryParser parser;
  private final SolrQueryShape shape;
  private final SolrSearchQuery queries;

  /**
   * The backend over {@code collection} (an alias or a collection) of {@code client}, answering by
   * {@code config}, with {@code clock} telling the day of the recent periods.
   */
  public SolrSearchBackend(
      CloudSolrClient client, String collection, SearchConfig config, Clock clock) {
    this.client = client;
    this.collection = collection;
    this.config = config;
    this.clock = clock;
    this.limits = new RequestLimits(config);
    this.parser = new UserQueryParser(true, clock);
    this.shape = new SolrQueryShape(config.ranking(), new NewsSchema(), clock);
    this.queries = new SolrSearchQuery(shape, config);
  }

  @Override
  public SearchConfig config() {
    return config;
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    limits.checkSearch(request);
    UserQuery query = parser.parse(request.query(), request.partial());
    limits.checkParsed(query);
    LocalDate from = later(request.from(), query.from());
    LocalDate to = earlier(request.to(), query.to());
    SortOrder order =
        request.isBrowse() && request.sort() == SortOrder.RELEVANCE
            ? SortOrder.DATE
            : request.sort();
    SolrCursor cursor =
        request.cursor() != null
            ? SolrCursor.decode(request.cursor())
            : request.page() == 1 ? SolrCursor.START : null;
    LocalDate today = LocalDate.now(clock);
    QueryResponse response =
        run(queries.build(request, query, from, to, order, cursor, today, false));
    String words = SolrSearchQuery.words(query);
    boolean relaxed = !query.isEmpty() && shape.relaxes(words, SolrQueryShape.matches(response));
    if (relaxed) {
      response = run(queries.build(request, query, from, to, order, cursor, today, true));
    }
    List<Hit> hits = hits(response);
    long total = SolrQueryShape.matches(response);
    // Pages list collapsed copies once: the last page is where the collapsed hits end, whereas the
    // total counts every match.
    long shown = (cursor == null ? (long) (request.page() - 1) * request.size() : cursor.offset());
    shown += hits.size();
    String next =
        cursor == null || shown >= response.getResults().getNumFound() || hits.isEmpty()
            ? null
            : new SolrCursor(
                    shown,
                    SolrSearchQuery.marksCursor(query, order)
                        ? response.getNextCursorMark()
                        : SolrCursor.START.mark())
                .encode();
    return new SearchResponse(
        total,
        true,
        (System.nanoTime() - start) / 1_000_000,
        request.page(),
        request.size(),
        query.describe(MinimumMatch.ANY),
        hits,
        request.facets()
            ? queries.facets().read(response.getJsonFacetingResponse(), today)
            : FacetCounts.EMPTY,
        next,
        null,
        null,
        null,
        Boolean.TRUE.equals(response.getResponseHeader().get("partialResults")),
        order.label(),
        relaxed,
        List.of());
  }

  @Override
  public Optional<StoredArticle> article(String id, int maxBodyChars) throws IOException {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException("maxBodyChars must be at least 1, got " + maxBodyChars);
    }
    return stored(id)
        .map(
            article -> {
              boolean cut = article.body().length() > maxBodyChars;
              return new StoredArticle(
                  cut ? withBody(article, article.body().substring(0, maxBodyChars)) : article,
                  cut);
            });
  }

  @Override
  public Optional<List<Hit>> related(String id, int size, Ranking ranking) throws IOException {
    RequestLimits.checkSize(size, config.limits().maxPageSize());
    // The collection holds no vectors: every ranking is more-like-this.
    // More-like-this as a search component on the article's own search: the {!mlt} parser
    // fetches the article by real-time get on the shard its id hashes to, which routing by
    // duplicate key makes the wrong one.
    SolrQuery similar = byId(id);
    similar.set("mlt", true);
    similar.set("mlt.fl", SIMILAR_FIELDS);
    similar.set("mlt.mintf", 1);
    similar.set("mlt.mindf", 1);
    similar.set("mlt.count", size);
    similar.addField("score");
    QueryResponse response = run(similar);
    if (response.getResults().isEmpty()) {
      return Optional.empty();
    }
    SolrDocumentList found =
        response.getMoreLikeThis() == null ? null : response.getMoreLikeThis().get(id);
    List<String> ids = new ArrayList<>();
    for (SolrDocument doc : found == null ? List.<SolrDocument>of() : found) {
      ids.add(doc.getFieldValue(NewsSchema.ID).toString());
    }
    // Across shards the component answers ids alone; the articles come from one more search.
    Map<String, SolrDocument> articles = byIds(ids);
    List<Hit> hits = new ArrayList<>();
    for (String similarId : ids) {
      SolrDocument doc = articles.get(similarId);
      if (doc != null) {
        hits.add(SolrArticles.hit(doc, null, List.of(opening(SolrArticles.article(doc)))));
      }
    }
    return Optional.of(hits);
  }

  /**
   * Completions from the collection's titles ({@link SolrTitleCompletions}); none for blank text.
   *
   * @throws newsearch.search.InvalidRequestException when {@code size} or the text is over its
   *     limit, as locally
   */
  @Override
  public List<Suggestion> suggest(String typed, int size) throws IOException {
    RequestLimits.checkSize(size, config.suggestions().maxSuggestions());
    limits.checkText("q", typed);
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    SolrTitleCompletions completions = new SolrTitleCompletions(typed);
    SolrQuery candidates = completions.request();
    if (candidates == null) {
      return List.of();
    }
    List<String> titles = new ArrayList<>();
    for (SolrDocument doc : run(candidates).getResults()) {
      Object title = doc.getFirstValue(NewsSchema.TITLE);
      if (title != null) {
        titles.add(title.toString());
      }
    }
    return completions.best(titles, size);
  }

  @Override
  public String served() {
    return "collection " + collection;
  }

  @Override
  public long documents() throws IOException {
    return run(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  private Optional<Article> stored(String id) throws IOException {
    // A search, not a real-time get: articles are routed by their duplicate key, so the shard an
    // id hashes to is seldom the one that holds it.
    SolrDocumentList found = run(byId(id)).getResults();
    return found.isEmpty() ? Optional.empty() : Optional.of(SolrArticles.article(found.get(0)));
  }

  /** The articles of {@code ids} with every stored field, by id. */
  private Map<String, SolrDocument> byIds(List<String> ids) throws IOException {
    Map<String, SolrDocument> byId = new HashMap<>();
    if (ids.isEmpty()) {
      return byId;
    }
    StringJoiner any = new StringJoiner(" OR ", NewsSchema.ID + ":(", ")");
    ids.forEach(id -> any.add(ClientUtils.escapeQueryChars(id)));
    SolrQuery search = new SolrQuery(any.toString());
    search.set("defType", "lucene");
    search.setFields(SolrArticles.STORED);
    search.setRows(ids.size());
    for (SolrDocument doc : run(search).getResults()) {
      byId.put(doc.getFieldValue(NewsSchema.ID).toString(), doc);
    }
    return byId;
  }

  /** The search for the article {@code id}, with every stored field. */
  private static SolrQuery byId(String id) {
    SolrQuery byId = new SolrQuery(NewsSchema.ID + ":" + ClientUtils.escapeQueryChars(id));
    byId.set("defType", "lucene");
    byId.setFields(SolrArticles.STORED);
    byId.setRows(1);
    return byId;
  }

  private List<Hit> hits(QueryResponse response) {
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      Map<String, List<String>> marked =
          highlighting == null
              ? Map.of()
              : highlighting.getOrDefault(doc.getFieldValue(NewsSchema.ID).toString(), Map.of());
      hits.add(
          SolrArticles.hit(
              doc,
              marked.get(NewsSchema.TITLE),
              SolrArticles.sentences(
                  marked.get(NewsSchema.BODY), config.highlighting().snippets())));
    }
    return hits;
  }

  /** The start of an article's body, as a related article shows it. */
  private String opening(Article article) {
    String body = article.body();
    int chars = Math.min(body.length(), OPENING_CHARS);
    return body.substring(0, chars);
  }

  private static Article withBody(Article article, String body) {
    return new Article(
        article.id(),
        article.title(),
        article.summary(),
        body,
        article.date(),
        article.section(),
        article.url(),
        article.source(),
        article.author(),
        article.related(),
        article.language());
  }

  private QueryResponse run(SolrQuery request) throws IOException {
    try {
      return client.query(collection, request);
    } catch (SolrServerException e) {
      throw new IOException("Solr cannot answer " + request.getQuery() + ": " + e.getMessage(), e);
    }
  }

  /** The later of two days, either of which may be missing. */
  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  /** The earlier of two days, either of which may be missing. */
  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
