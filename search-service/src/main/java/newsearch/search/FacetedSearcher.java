package newsearch.search;

import java.io.IOException;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * An index searcher that carries what is built once per reader rather than once per request: the
 * facet state and the title suggester. It ranks with BM25 as configured.
 *
 * <p>The suggester lives as long as the reader: it is closed when the reader closes, which a {@code
 * SearcherManager} does only after the last user has released the searcher.
 */
final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final BackgroundTitleSuggester suggester;

  private FacetedSearcher(
      IndexReader reader,
      SortedSetDocValuesReaderState facetState,
      BackgroundTitleSuggester suggester) {
    super(reader);
    this.facetState = facetState;
    this.suggester = suggester;
  }

  /** The facet state, or null when no document in the index has a facet value. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /**
   * The completions of this reader's titles, built in the background; valid while this searcher is
   * acquired.
   */
  BackgroundTitleSuggester suggester() {
    return suggester;
  }

  /**
   * A searcher over the same reader, facet state and suggester that stops matching when {@code
   * timeout} says so. One per search: whether a search timed out is the searcher's state, and the
   * searcher a {@code SearcherManager} hands out is shared by every search at once. Cheap: it
   * copies references, and the caller keeps this searcher acquired while it uses the copy.
   */
  FacetedSearcher withTimeout(QueryTimeout timeout) {
    FacetedSearcher copy = new FacetedSearcher(getIndexReader(), facetState, suggester);
    copy.setSimilarity(getSimilarity());
    copy.setTimeout(timeout);
    return copy;
  }

  /** Builds a {@link FacetedSearcher} for each reader a {@code SearcherManager} opens. */
  static SearcherFactory factory(NewsSchema schema, SearchConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        String facetField = schema.facetsConfig().getDimConfig(NewsSchema.SECTION).indexFieldName;
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(facetField);
        SortedSetDocValuesReaderState state =
            info == null
                ? null
                : new DefaultSortedSetDocValuesReaderState(
                    reader, facetField, schema.facetsConfig());
        BackgroundTitleSuggester suggester =
            BackgroundTitleSuggester.start(reader, schema, config.phraseMinTitles());
        // A SearcherManager only hands out directory readers, which always have a cache helper.
        reader.getReaderCacheHelper().addClosedListener(closed -> suggester.close());
        FacetedSearcher searcher = new FacetedSearcher(reader, state, suggester);
        searcher.setSimilarity(new BM25Similarity((float) config.k1(), (float) config.b()));
        return searcher;
      }
    };
  }
}
