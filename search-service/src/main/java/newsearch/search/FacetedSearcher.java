package newsearch.search;

import java.io.IOException;
import newsearch.schema.NewsSchema;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * An index searcher that carries the facet state of its reader, built once per reader rather than
 * once per request, and ranks with BM25 as configured.
 */
final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetState = facetState;
  }

  /** The facet state, or null when no document in the index has a facet value. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
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
        FacetedSearcher searcher = new FacetedSearcher(reader, state);
        searcher.setSimilarity(new BM25Similarity((float) config.k1(), (float) config.b()));
        return searcher;
      }
    };
  }
}
