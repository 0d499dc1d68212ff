package newsearch.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds the articles of a searcher that became searchable after a {@link SearchablePosition}, in
 * that order: the articles after the position ({@link NewsSchema#firstSearchableAfter}), sorted by
 * stamp and id. A page costs as much as sorting the articles after the position, and a look that
 * finds nothing new reads no article, however large the index. Stateless and thread-safe.
 */
public final class NewArticleReader {

  private final NewsSchema schema;
  private final Sort order;
  private final Sort newestFirst;

  public NewArticleReader(NewsSchema schema) {
    this.schema = schema;
    this.order = schema.firstSearchableOrder(false);
    this.newestFirst = schema.firstSearchableOrder(true);
  }

  /** Up to {@code max} articles after {@code after}, in the order they became searchable. */
  public List<NewArticle> after(IndexSearcher searcher, SearchablePosition after, int max)
      throws IOException {
    TopDocs top =
        searcher.search(schema.firstSearchableAfter(after.stamp(), after.id()), max, order);
    StoredFields stored = searcher.storedFields();
    List<NewArticle> found = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      Object[] keys = ((FieldDoc) hit).fields;
      found.add(
          new NewArticle(
              schema.toArticle(stored.document(hit.doc)),
              new SearchablePosition((Long) keys[0], ((BytesRef) keys[1]).utf8ToString())));
    }
    return found;
  }

  /** The position of the article that became searchable last, if there is any article. */
  public Optional<SearchablePosition> last(IndexSearcher searcher) throws IOException {
    TopFieldDocs top = searcher.search(new MatchAllDocsQuery(), 1, newestFirst);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    FieldDoc hit = (FieldDoc) top.scoreDocs[0];
    String id = searcher.storedFields().document(hit.doc).get(NewsSchema.ID);
    return Optional.of(new SearchablePosition((Long) hit.fields[0], id));
  }
}
