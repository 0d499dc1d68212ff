package newsearch.search.facet;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import newsearch.search.facet.SectionFinder.CountedSection;
import newsearch.search.suggest.BackgroundTitleSuggester;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * An index searcher that carries what is built once per reader rather than once per request: the
 * facet state and the counts of every section. It ranks with BM25 as configured. Opening one asks
 * the served index's {@link BackgroundTitleSuggester} for this reader's completions. A copy for one
 * search may spread its matching over the threads of an executor ({@link #withExecutor}), in about
 * as many slices of the index as the executor has threads.
 */
public final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final FieldInfos fieldInfos;
  private final Sections sections;
  private final CountCache counts;
  private final FacetValueCache facetValues;
  private final Executor executor;
  private final int threads;

  private FacetedSearcher(
      IndexReader reader,
      SortedSetDocValuesReaderState facetState,
      FieldInfos fieldInfos,
      Sections sections,
      CountCache counts,
      FacetValueCache facetValues,
      Executor executor,
      int threads) {
    super(reader, executor);
    this.facetState = facetState;
    this.fieldInfos = fieldInfos;
    this.sections = sections;
    this.counts = counts;
    this.facetValues = facetValues;
    this.executor = executor;
    this.threads = threads;
  }

  /**
   * About one slice per thread, so that a search spread over them keeps every thread busy; whole
   * segments only, as drill-sideways counting needs.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    int docs = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
    int perSlice = Math.max(1, (docs + threads - 1) / threads);
    return slices(leaves, perSlice, Integer.MAX_VALUE, false);
  }

  /**
   * The field infos of every segment of the reader, merged once: merging them for each page of hits
   * to be highlighted cost 8% of highlighting it.
   */
  public FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** The facet state, or null when no document in the index has a facet value. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /**
   * Every section path of this reader with its article count, most articles first. Counted at the
   * first call and kept for the reader's life: a reader never changes.
   */
  List<CountedSection> sections() throws IOException {
    return sections.get();
  }

  /**
   * A searcher over the same reader, facet state and section counts that stops matching when {@code
   * timeout} says so. One per search: whether a search timed out is the searcher's state, and the
   * searcher a {@code SearcherManager} hands out is shared by every search at once. Cheap: it
   * copies references, and the caller keeps this searcher acquired while it uses the copy.
   */
  public FacetedSearcher withTimeout(QueryTimeout timeout) {
    FacetedSearcher copy = copy(executor, threads);
    copy.setTimeout(timeout);
    return copy;
  }

  /**
   * A searcher over the same reader that matches the slices of the index on the {@code threads}
   * threads of {@code spread}, the calling thread among them; its {@link #withTimeout} copies do
   * too. Cheap, as {@link #withTimeout} is.
   */
  public FacetedSearcher withExecutor(Executor spread, int threads) {
    return copy(spread, threads);
  }

  /** The counts of searches already counted over this reader. */
  public CountCache counts() {
    return counts;
  }

  /** The facet values of this reader's segments, held in memory for counting. */
  FacetValueCache facetValues() {
    return facetValues;
  }

  private FacetedSearcher copy(Executor spread, int sliceThreads) {
    FacetedSearcher copy =
        new FacetedSearcher(
            getIndexReader(),
            facetState,
            fieldInfos,
            sections,
            counts,
            facetValues,
            spread,
            sliceThreads);
    copy.setSimilarity(getSimilarity());
    return copy;
  }

  /**
   * Builds a {@link FacetedSearcher} for each reader a {@code SearcherManager} opens, and asks
   * {@code suggester} to build that reader's completions.
   */
  public static SearcherFactory factory(
      NewsSchema schema, SearchConfig config, BackgroundTitleSuggester suggester) {
    FacetValueCache facetValues =
        new FacetValueCache(schema.facetsConfig().getDimConfig(NewsSchema.SECTION).indexFieldName);
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        String facetField = schema.facetsConfig().getDimConfig(NewsSchema.SECTION).indexFieldName;
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        FieldInfo info = fields.fieldInfo(facetField);
        SortedSetDocValuesReaderState state =
            info == null
                ? null
                : new DefaultSortedSetDocValuesReaderState(
                    reader, facetField, schema.facetsConfig());
        suggester.rebuild(reader);
        FacetedSearcher searcher =
            new FacetedSearcher(
                reader,
                state,
                fields,
                new Sections(state),
                new CountCache(config.limits().countCacheEntries()),
                facetValues,
                null,
                1);
        searcher.setSimilarity(
            new BM25Similarity((float) config.ranking().k1(), (float) config.ranking().b()));
        return searcher;
      }
    };
  }

  /** The section counts of one reader, counted once, by the first request that needs them. */
  private static final class Sections {
    private final SortedSetDocValuesReaderState state;
    private volatile List<CountedSection> counted;

    Sections(SortedSetDocValuesReaderState state) {
      this.state = state;
    }

    List<CountedSection> get() throws IOException {
      List<CountedSection> known = counted;
      if (known == null) {
        synchronized (this) {
          known = counted;
          if (known == null) {
            known = SectionFinder.count(state);
            counted = known;
          }
        }
      }
      return known;
    }
  }
}
