package newsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.analytics.AnalyticsConfig;
import newsearch.search.facet.CountCache;
import newsearch.search.facet.FacetCounts.FacetValue;
import newsearch.search.facet.FacetedSearcher;
import newsearch.search.facet.SectionFinder;
import newsearch.search.highlight.HitAssembler;
import newsearch.search.index.CappedArticleReader;
import newsearch.search.index.GenerationSource;
import newsearch.search.index.NewArticle;
import newsearch.search.index.NewArticleReader;
import newsearch.search.index.PublishedGenerations;
import newsearch.search.index.SearchThreads;
import newsearch.search.index.SearchablePosition;
import newsearch.search.index.ServedCommit;
import newsearch.search.index.ServedIndex;
import newsearch.search.index.StoredArticle;
import newsearch.search.rank.SearchDeadline;
import newsearch.search.suggest.Suggestion;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The search core: answers {@link SearchRequest}s and article look-ups over the served generation
 * of an index directory.
 *
 * <p>Thread-safe. Every search acquires a searcher and releases it when done, so {@link #refresh}
 * can switch to a new generation while searches run: each search sees exactly one generation. The
 * caller closes this object; that closes the index.
 */
public final class NewsSearcher implements SearchBackend, Closeable {

  private final NewsSchema schema;
  private final SearchConfig config;
  private final SearchPlanner planner;
  private final SearchPipeline pipeline;
  private final SectionFinder sectionFinder = new SectionFinder();
  private final HitAssembler assembler;
  private final RelatedArticles related;
  private final CappedArticleReader cappedArticles;
  private final RequestLimits limits;
  private final Clock clock;
  private final ServedIndex index;
  private final NewArticleReader newArticles;
  private final NewsAnalytics analytics;
  private final SearchThreads threads;

  private NewsSearcher(
      GenerationSource generations, NewsSchema schema, SearchConfig config, Clock clock)
      throws IOException {
    this.schema = schema;
    this.config = config;
    this.planner = new SearchPlanner(schema, config, clock);
    this.assembler = new HitAssembler(schema, config);
    this.pipeline = new SearchPipeline(schema, config, planner, assembler);
    this.related = new RelatedArticles(schema, assembler, config.fusion());
    this.cappedArticles = new CappedArticleReader(schema);
    this.limits = new RequestLimits(config);
    this.clock = clock;
    this.index = new ServedIndex(generations, schema, config);
    this.threads = new SearchThreads(config.limits().searchThreads());
    this.newArticles = new NewArticleReader(schema);
    this.analytics =
        new NewsAnalytics(
            schema, planner, pipeline, index, clock, config, AnalyticsConfig.DEFAULTS);
  }

  /**
   * Opens the served generation of the index at {@code generations}, once its files have passed
   * their checksums.
   *
   * @throws java.io.FileNotFoundException when no generation has been published there
   * @throws newsearch.indexer.UnreadableCurrentException when generations exist but {@code CURRENT}
   *     cannot be read
   * @throws newsearch.indexer.CorruptGenerationException when the served generation is corrupt
   * @throws newsearch.schema.IncompatibleIndexException when it was built with another schema
   */
  public static NewsSearcher open(
      IndexGenerations generations, NewsSchema schema, SearchConfig config) throws IOException {
    return open(generations, schema, config, Clock.systemUTC());
  }

  /**
   * Opens the served generation, with {@code clock} telling the day for freshness and recent
   * periods, and measuring each search's time budget (tests pin it, or make it run fast).
   */
  public static NewsSearcher open(
      IndexGenerations generations, NewsSchema schema, SearchConfig config, Clock clock)
      throws IOException {
    return open(new PublishedGenerations(generations, schema), schema, config, clock);
  }

  /**
   * Opens the generation {@code generations} publishes, with {@code clock} as above: the search
   * core's own view of where its index comes from.
   */
  public static NewsSearcher open(
      GenerationSource generations, NewsSchema schema, SearchConfig config, Clock clock)
      throws IOException {
    return new NewsSearcher(generations, schema, config, clock);
  }

  /**
   * Makes new commits visible: switches to a newly published generation, or reopens the current one
   * when it has changed. A published generation that cannot be served is refused and the current
   * one stays served; the refusal is logged once.
   *
   * @throws newsearch.indexer.CorruptGenerationException when the published generation is corrupt
   * @throws newsearch.indexer.UnreadableCurrentException when {@code CURRENT} cannot be read
   * @throws newsearch.schema.IncompatibleIndexException when another schema version wrote it
   */
  public void refresh() throws IOException {
    index.refresh();
  }

  /** The directory name of the generation being served, such as {@code gen-000003}. */
  public String generation() {
    return index.generation();
  }

  /** The ranking knobs and limits this searcher was opened with. */
  @Override
  public SearchConfig config() {
    return config;
  }

  /**
   * Runs one search. Matching stops when the configured time budget is spent; the response then
   * holds what was found by then and says it is {@code partial}.
   *
   * @throws InvalidRequestException when the request exceeds a configured limit, or its query
   *     expands to more clauses than Lucene allows
   */
  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    SearchPlan plan = planner.page(request);
    SearchDeadline deadline = deadline();
    try {
      return index.withSearcher(
          searcher ->
              threads.run(searcher, spread -> pipeline.answer(spread, plan, deadline, start)));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException(
          "query_too_complex",
          "q expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " terms across the fields searched; use fewer or shorter words");
    }
  }

  /** Timelines, significant terms and trending terms over this searcher's index. */
  public NewsAnalytics analytics() {
    return analytics;
  }

  /**
   * Completions of what a user has typed so far, from titles and the phrases they share, best
   * first; none for blank text.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code maxSuggestions}, or
   *     the text is longer than {@code maxQueryChars}
   */
  @Override
  public List<Suggestion> suggest(String typed, int size) throws IOException {
    RequestLimits.checkSize(size, config.suggestions().maxSuggestions());
    limits.checkText("q", typed);
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return index.suggester().suggest(typed, size);
  }

  /**
   * The articles most like the one with {@code id}, best first, without it, found by {@code
   * ranking} (by the configured related ranking when null); empty when no article has that id.
   * Their highlights mark nothing: the title and the start of the body.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code maxPageSize}
   */
  @Override
  public Optional<List<Hit>> related(String id, int size, Ranking ranking) throws IOException {
    RequestLimits.checkSize(size, config.limits().maxPageSize());
    return index.withSearcher(searcher -> related.find(searcher, id, size, ranking));
  }

  /**
   * Section paths with a level starting with {@code prefix}, with their article counts, most
   * articles first: a search within the section facet's values.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code facetValues}
   */
  public List<FacetValue> findSections(String prefix, int size) throws IOException {
    RequestLimits.checkSize(size, config.page().facetValues());
    limits.checkText("prefix", prefix);
    String typed = prefix == null ? "" : prefix;
    return index.withSearcher(searcher -> sectionFinder.find(searcher, typed, size));
  }

  /**
   * The ids and scores of the best {@code depth} matches for {@code query}, best first: the hits
   * that paging {@link #search} by relevance returns, laid end to end, with the same freshness and
   * the same collapsing of copies, but without highlights or facets. For the relevance harness,
   * which needs deep rankings (a thousand results) rather than pages.
   *
   * @throws IOException also when the ranking ran out of its time budget
   */
  public List<RankedId> rank(String query, int depth) throws IOException {
    SearchPlan plan = planner.ranking(query, depth);
    SearchDeadline deadline = deadline();
    return index.withSearcher(
        searcher -> threads.run(searcher, spread -> pipeline.rank(spread, plan, deadline)));
  }

  /**
   * The query an article must match to be a hit of {@code request}: its words and filters, parsed
   * and checked as a search is, without freshness or order, which add no match. For saved searches,
   * which must match what the same search would find.
   *
   * @throws InvalidRequestException when the request exceeds a configured limit
   */
  public Query matchingQuery(SearchRequest request) {
    return planner.page(request).counting();
  }

  /**
   * Up to {@code max} articles of the served generation that became searchable after {@code after},
   * in the order they did.
   */
  public List<NewArticle> searchableAfter(SearchablePosition after, int max) throws IOException {
    return index.withSearcher(searcher -> newArticles.after(searcher, after, max));
  }

  /** Where the article that became searchable last stands; empty for an empty index. */
  public Optional<SearchablePosition> lastSearchable() throws IOException {
    return index.withSearcher(newArticles::last);
  }

  /** The stored article with this id, if the index has it. */
  public Optional<Article> article(String id) throws IOException {
    return withArticle(
        id, (searcher, doc) -> schema.toArticle(searcher.storedFields().document(doc)));
  }

  /**
   * The stored article with this id, if the index has it, its body cut to {@code maxBodyChars}
   * characters; a body far longer than that is not read at all ({@link CappedArticleReader}).
   */
  @Override
  public Optional<StoredArticle> article(String id, int maxBodyChars) throws IOException {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException("maxBodyChars must be at least 1, got " + maxBodyChars);
    }
    return withArticle(
        id, (searcher, doc) -> cappedArticles.read(searcher.getIndexReader(), doc, maxBodyChars));
  }

  /** Reads one document of an acquired searcher. */
  private interface DocumentReading<T> {
    T read(FacetedSearcher searcher, int doc) throws IOException;
  }

  /** {@code reading} applied to the article with this id, if the index has it. */
  private <T> Optional<T> withArticle(String id, DocumentReading<T> reading) throws IOException {
    return index.withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
          return top.scoreDocs.length == 0
              ? Optional.empty()
              : Optional.of(reading.read(searcher, top.scoreDocs[0].doc));
        });
  }

  /** The served generation. */
  @Override
  public String served() {
    return generation();
  }

  /** The live articles of the served generation. */
  @Override
  public long documents() throws IOException {
    return status().documents();
  }

  /** The served generation, its size, and when it was last committed, read from one reader. */
  public IndexStatus status() throws IOException {
    return index.status();
  }

  /** The generation and commit being served, for answers that may be cached. */
  public ServedCommit servedCommit() throws IOException {
    return index.commit();
  }

  /**
   * How many times the title completions have been built since this was opened: once per burst of
   * changes to the titles, not once per refresh.
   */
  public long suggesterBuilds() {
    return index.suggester().builds();
  }

  /** How many searches' counts the served reader keeps ({@link CountCache}). */
  int keptCounts() throws IOException {
    return index.withSearcher(searcher -> searcher.counts().size());
  }

  private SearchDeadline deadline() {
    return new SearchDeadline(clock, config.limits().searchTimeoutMillis());
  }

  @Override
  public void close() throws IOException {
    threads.close();
    index.close();
  }
}
