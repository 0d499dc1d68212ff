package newsearch.search.alert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.index.MatchingDocIds;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved searches in memory, filed by their key terms ({@link QueryTerms}), and the matching of
 * a batch of new articles against them: the batch becomes a small index of its own (built with the
 * schema, so it is analysed exactly as the served index), its terms pick the candidate searches,
 * and each candidate runs as its query over the batch. A search whose terms cannot be told is a
 * candidate for every batch.
 *
 * <p>Thread-safe: adding, removing and matching take turns.
 */
public final class MatchIndex {

  private static final Logger log = LoggerFactory.getLogger(MatchIndex.class);

  private final NewsSchema schema;
  private final Map<String, Query> queries = new HashMap<>();
  private final Map<String, Set<Term>> keys = new HashMap<>();
  private final Map<String, Map<BytesRef, Set<String>>> byTerm = new HashMap<>();
  private final Set<String> everyBatch = new HashSet<>();

  public MatchIndex(NewsSchema schema) {
    this.schema = schema;
  }

  /** Files the search {@code id} under the key terms of {@code query}, replacing any before. */
  public synchronized void add(String id, Query query) throws IOException {
    remove(id);
    // Rewritten over no index, to the parts it is made of (a filtered search to its clauses).
    Set<Term> key = QueryTerms.anyOf(new IndexSearcher(new MultiReader()).rewrite(query));
    queries.put(id, query);
    keys.put(id, key);
    if (key == null) {
      everyBatch.add(id);
      return;
    }
    for (Term term : key) {
      byTerm
          .computeIfAbsent(term.field(), f -> new HashMap<>())
          .computeIfAbsent(term.bytes(), t -> new HashSet<>())
          .add(id);
    }
  }

  /** Forgets the search {@code id}. */
  synchronized void remove(String id) {
    queries.remove(id);
    everyBatch.remove(id);
    Set<Term> key = keys.remove(id);
    if (key == null) {
      return;
    }
    for (Term term : key) {
      Map<BytesRef, Set<String>> field = byTerm.get(term.field());
      Set<String> ids = field.get(term.bytes());
      ids.remove(id);
      if (ids.isEmpty()) {
        field.remove(term.bytes());
      }
    }
  }

  /** How many searches are filed. */
  public synchronized int size() {
    return queries.size();
  }

  /** How many searches are candidates for every batch, since their terms cannot be told. */
  public synchronized int unkeyed() {
    return everyBatch.size();
  }

  /**
   * The articles of {@code batch} that each search matches, by search id, in batch order; a search
   * that matches none is left out. An article the schema refuses matches nothing.
   */
  public synchronized Map<String, List<Article>> match(List<Article> batch) throws IOException {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article article : batch) {
      byId.put(article.id(), article);
    }
    Map<String, List<Article>> matched = new LinkedHashMap<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      write(dir, byId.values());
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Article[] byDoc = articlesByDoc(reader, byId);
        for (String id : candidates(reader)) {
          List<Article> hits = new ArrayList<>();
          for (int doc : run(searcher, id)) {
            hits.add(byDoc[doc]);
          }
          if (!hits.isEmpty()) {
            matched.put(id, hits);
          }
        }
      }
    }
    return matched;
  }

  /**
   * The article of each document of the batch, read once per batch: the id is a stored field, and
   * reading one decompresses the block of text around it.
   */
  private static Article[] articlesByDoc(DirectoryReader reader, Map<String, Article> byId)
      throws IOException {
    Article[] byDoc = new Article[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    Set<String> idOnly = Set.of(NewsSchema.ID);
    for (int doc = 0; doc < byDoc.length; doc++) {
      byDoc[doc] = byId.get(stored.document(doc, idOnly).get(NewsSchema.ID));
    }
    return byDoc;
  }

  private void write(ByteBuffersDirectory dir, Iterable<Article> articles) throws IOException {
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
      for (Article article : articles) {
        try {
          writer.addDocument(schema.toDocument(article));
        } catch (IllegalArgumentException refused) {
          // The served index refused it too, so it is not there to be new.
        }
      }
      writer.commit();
    }
  }

  /** The documents the search {@code id} matches, unscored: only which ones matters here. */
  private List<Integer> run(IndexSearcher searcher, String id) {
    try {
      return searcher.search(queries.get(id), MatchingDocIds.INSTANCE);
    } catch (IOException | RuntimeException e) {
      log.warn("saved search {} could not be matched: {}", id, e.toString());
      return List.of();
    }
  }

  /** The searches sharing a key term with the batch, and those matched with every batch. */
  private Set<String> candidates(DirectoryReader reader) throws IOException {
    Set<String> found = new HashSet<>(everyBatch);
    for (LeafReaderContext leaf : reader.leaves()) {
      for (Map.Entry<String, Map<BytesRef, Set<String>>> field : byTerm.entrySet()) {
        Terms terms = leaf.reader().terms(field.getKey());
        if (terms != null) {
          addCandidates(terms, field.getValue(), found);
        }
      }
    }
    return found;
  }

  /** Walks the smaller side: the batch's terms of the field, or the keys filed under it. */
  private static void addCandidates(Terms terms, Map<BytesRef, Set<String>> keyed, Set<String> into)
      throws IOException {
    TermsEnum batch = terms.iterator();
    if (keyed.size() < terms.size()) {
      for (Map.Entry<BytesRef, Set<String>> key : keyed.entrySet()) {
        if (batch.seekExact(key.getKey())) {
          into.addAll(key.getValue());
        }
      }
      return;
    }
    for (BytesRef term = batch.next(); term != null; term = batch.next()) {
      Set<String> ids = keyed.get(term);
      if (ids != null) {
        into.addAll(ids);
      }
    }
  }
}
