package newsearch.search.analytics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Walks every match of a query in the order of a sort, one batch at a time, each batch continuing
 * after the last match of the one before (a search-after cursor, as paging by cursor does), and
 * writes the chosen fields of each match. Memory is one batch, however many matches there are, and
 * there is no window limit. The sort must end in a unique tie-break (the ranking orders end in the
 * id), so that no match is skipped or repeated between batches. Not thread-safe: one per export.
 */
public final class ExportWalk {

  private final IndexSearcher searcher;
  private final Query query;
  private final Sort sort;
  private final int batchSize;

  public ExportWalk(IndexSearcher searcher, Query query, Sort sort, int batchSize) {
    this.searcher = searcher;
    this.query = query;
    this.sort = sort;
    this.batchSize = batchSize;
  }

  /** Writes {@code fields} of every match to {@code rows}, and returns how many were written. */
  public long write(List<ExportField> fields, ExportFormat.RowWriter rows) throws IOException {
    Set<String> stored = fields.stream().map(ExportField::stored).collect(Collectors.toSet());
    StoredFields documents = searcher.storedFields();
    FieldDoc after = null;
    long written = 0;
    while (true) {
      TopDocs batch =
          searcher.search(query, new TopFieldCollectorManager(sort, batchSize, after, batchSize));
      for (ScoreDoc hit : batch.scoreDocs) {
        Document doc = documents.document(hit.doc, stored);
        List<String> values = new ArrayList<>(fields.size());
        for (ExportField field : fields) {
          values.add(field.value(doc));
        }
        rows.write(values);
      }
      written += batch.scoreDocs.length;
      if (batch.scoreDocs.length < batchSize) {
        return written;
      }
      after = (FieldDoc) batch.scoreDocs[batch.scoreDocs.length - 1];
    }
  }
}
