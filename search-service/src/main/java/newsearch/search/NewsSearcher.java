package newsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;

/**
 * The search core: answers {@link SearchRequest}s, article look-ups, search-box completions and
 * related articles over the served generation of an index directory. Each feature lives in its own
 * class ({@link TitleSuggester}, {@link SpellingCorrector}, {@link RelatedArticles}); this one
 * validates, picks the searcher and ties them together.
 *
 * <p>Thread-safe. Every search acquires a searcher and releases it when done, so {@link #refresh}
 * can switch to a new generation while searches run: each search sees exactly one generation. The
 * caller closes this object; that closes the index.
 */
public final class NewsSearcher implements Closeable {

  private final IndexGenerations generations;
  private final NewsSchema schema;
  private final SearchConfig config;
  private final UserQueryParser parser = new UserQueryParser(true);
  private final QueryFactory queries;
  private final FacetTree facetTree;
  private final HitAssembler hitAssembler;
  private final SpellingCorrector spelling;
  private final RelatedArticles related;
  private final AtomicReference<Generation> live = new AtomicReference<>();

  /** One open generation. */
  private record Generation(Path dir, SearcherManager manager) {}

  private NewsSearcher(IndexGenerations generations, NewsSchema schema, SearchConfig config) {
    this.generations = generations;
    this.schema = schema;
    this.config = config;
    this.queries = new QueryFactory(schema, config);
    this.facetTree = new FacetTree(config.facetValues());
    this.hitAssembler = new HitAssembler(schema, config);
    this.spelling = new SpellingCorrector(schema);
    this.related = new RelatedArticles(schema, hitAssembler);
  }

  /**
   * Opens the served generation of the index at {@code generations}.
   *
   * @throws java.io.FileNotFoundException when no generation has been published there
   * @throws newsearch.schema.IncompatibleIndexException when it was built with another schema
   */
  public static NewsSearcher open(
      IndexGenerations generations, NewsSchema schema, SearchConfig config) throws IOException {
    NewsSearcher searcher = new NewsSearcher(generations, schema, config);
    searcher.live.set(searcher.openCurrent());
    return searcher;
  }

  private Generation openCurrent() throws IOException {
    Path dir =
        generations
            .current()
            .orElseThrow(
                () ->
                    new java.io.FileNotFoundException(
                        "no index at " + generations.root() + ": run './newsearch reindex' first"));
    FSDirectory directory = FSDirectory.open(dir);
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      schema.checkCompatible(reader.getIndexCommit().getUserData(), generations.root().toString());
      return new Generation(
          dir, new SearcherManager(reader, FacetedSearcher.factory(schema, config)));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Makes new commits visible: switches to a newly published generation, or reopens the current one
   * when it has changed.
   */
  public void refresh() throws IOException {
    Generation current = live.get();
    Optional<Path> published = generations.current();
    if (published.isPresent() && !published.get().equals(current.dir())) {
      Generation next = openCurrent();
      live.set(next);
      close(current);
    } else {
      current.manager().maybeRefresh();
    }
  }

  /** The directory name of the generation being served, such as {@code gen-000003}. */
  public String generation() {
    return live.get().dir().getFileName().toString();
  }

  /** Runs one search. */
  public SearchResponse search(SearchRequest request) throws IOException {
    checkLimits(request);
    long start = System.nanoTime();
    UserQuery userQuery = parser.parse(request.query());
    Query textQuery = queries.build(userQuery);
    return withSearcher(
        searcher -> {
          DrillSidewaysResult result = run(searcher, request, textQuery);
          List<Hit> hits = hits(searcher, result.hits, request, textQuery);
          FacetCounts facets =
              result.facets == null ? FacetCounts.EMPTY : facetTree.read(result.facets);
          long total = result.hits.totalHits.value();
          String suggestion = didYouMean(searcher, request, total);
          long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          return new SearchResponse(
              total,
              tookMs,
              request.page(),
              request.size(),
              userQuery.describe(config.requireAllWords()),
              hits,
              facets,
              suggestion);
        });
  }

  /**
   * Completions of what a user has typed so far, from titles and the phrases they share, best
   * first; none for blank text.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code maxSuggestions}
   */
  public List<Suggestion> suggest(String typed, int size) throws IOException {
    checkSize(size, config.maxSuggestions());
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return withSearcher(searcher -> searcher.suggester().suggest(typed, size));
  }

  /**
   * The articles most like the one with {@code id}, best first, without it; empty when no article
   * has that id. Their highlights mark nothing: the title and the start of the body.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code maxPageSize}
   */
  public Optional<List<Hit>> related(String id, int size) throws IOException {
    checkSize(size, config.maxPageSize());
    return withSearcher(searcher -> related.find(searcher, id, size));
  }

  /** The stored article with this id, if the index has it. */
  public Optional<Article> article(String id) throws IOException {
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(new TermQuery(schema.idTerm(id)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(
              schema.toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
  }

  /** Live articles in the served generation. */
  public int documentCount() throws IOException {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  private static void checkSize(int size, int max) {
    if (size < 1 || size > max) {
      throw new InvalidRequestException(
          "invalid_size", "size must be between 1 and " + max + ", got " + size);
    }
  }

  private void checkLimits(SearchRequest request) {
    checkSize(request.size(), config.maxPageSize());
    if ((long) request.page() * request.size() > config.maxDepth()) {
      throw new InvalidRequestException(
          "too_deep",
          "page × size must be at most "
              + config.maxDepth()
              + ", got "
              + (long) request.page() * request.size());
    }
  }

  private DrillSidewaysResult run(FacetedSearcher searcher, SearchRequest request, Query text)
      throws IOException {
    DrillDownQuery drillDown = filtered(request, text);
    Sort sort = sort(request.sort());
    if (searcher.facetState() == null) {
      TopDocs top =
          searcher.search(
              drillDown, new TopFieldCollectorManager(sort, request.depth(), Integer.MAX_VALUE));
      // A field-sorted collector leaves each hit's score NaN, which JSON cannot carry.
      TopFieldCollector.populateScores(top.scoreDocs, searcher, drillDown);
      return new DrillSidewaysResult(null, top, null, null, null);
    }
    DrillSideways sideways =
        new DrillSideways(searcher, schema.facetsConfig(), searcher.facetState());
    return sideways.search(drillDown, null, null, request.depth(), sort, true);
  }

  /** The text query restricted to the request's dates and sections. */
  private DrillDownQuery filtered(SearchRequest request, Query text) {
    Query base = text;
    if (request.from() != null || request.to() != null) {
      base =
          new BooleanQuery.Builder()
              .add(text, Occur.MUST)
              .add(schema.dateRange(request.from(), request.to()), Occur.FILTER)
              .build();
    }
    DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), base);
    for (SectionPath section : request.sections()) {
      drillDown.add(NewsSchema.SECTION, section.parts().toArray(String[]::new));
    }
    return drillDown;
  }

  /**
   * A respelling of the query when the search found fewer than {@code spellingBelowHits} articles
   * and the respelt query, with the same filters, finds some and no fewer; otherwise null. No fewer
   * rather than more: under OR, {@code kessling tramz} and {@code kessling trams} may find the same
   * articles, yet the second matches them better.
   */
  private String didYouMean(FacetedSearcher searcher, SearchRequest request, long total)
      throws IOException {
    if (request.isBrowse() || total >= config.spellingBelowHits()) {
      return null;
    }
    Optional<String> respelt = spelling.correct(searcher.getIndexReader(), request.query());
    if (respelt.isEmpty()) {
      return null;
    }
    int found = searcher.count(filtered(request, queries.build(parser.parse(respelt.get()))));
    return found > 0 && found >= total ? respelt.get() : null;
  }

  private Sort sort(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, schema.byId());
      case DATE -> new Sort(schema.newestFirst(), SortField.FIELD_SCORE, schema.byId());
    };
  }

  private List<Hit> hits(
      FacetedSearcher searcher, TopDocs top, SearchRequest request, Query textQuery)
      throws IOException {
    int from = (request.page() - 1) * request.size();
    if (from >= top.scoreDocs.length) {
      return List.of();
    }
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    return hitAssembler.hits(searcher, page, textQuery);
  }

  /** A unit of work on one searcher. */
  private interface SearcherWork<T> {
    T apply(FacetedSearcher searcher) throws IOException;
  }

  /**
   * Runs {@code work} on an acquired searcher of the live generation. A generation closed by a
   * concurrent switch is retried on the new one.
   */
  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    while (true) {
      Generation generation = live.get();
      FacetedSearcher searcher;
      try {
        searcher = (FacetedSearcher) generation.manager().acquire();
      } catch (AlreadyClosedException switched) {
        continue;
      }
      try {
        return work.apply(searcher);
      } finally {
        generation.manager().release(searcher);
      }
    }
  }

  @Override
  public void close() throws IOException {
    close(live.get());
  }

  private static void close(Generation generation) throws IOException {
    generation.manager().close();
  }
}
