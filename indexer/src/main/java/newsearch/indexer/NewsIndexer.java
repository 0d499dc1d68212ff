package newsearch.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.schema.LanguageTag;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes articles into one Lucene index directory. Owns its {@link IndexWriter} and closes it.
 *
 * <p>Adding an article replaces any article with the same id. A document Lucene refuses (an {@link
 * IllegalArgumentException} while it is built or analysed) is dropped by the writer alone, which
 * goes on; the batch methods report it as a {@link Refusal}. Thread-safe: several threads may add
 * at once, as {@code IndexWriter} allows.
 *
 * <p>Every document is stamped with when its article first became searchable ({@link
 * FirstSearchable}): the stamp of this writer's commit for an article new to the index, the old
 * stamp for one the index held before.
 */
public final class NewsIndexer implements Closeable {

  private final NewsSchema schema;
  private final Directory directory;
  private final IndexWriter writer;
  private final FirstSearchable since;
  private final ArticleVectors vectors;

  private NewsIndexer(
      NewsSchema schema,
      Directory directory,
      IndexWriter writer,
      FirstSearchable since,
      ArticleVectors vectors) {
    this.schema = schema;
    this.directory = directory;
    this.writer = writer;
    this.since = since;
    this.vectors = vectors;
  }

  /**
   * Opens a writer that creates a new, empty index in {@code dir}, without vectors; every article
   * is new.
   */
  public static NewsIndexer create(Path dir, NewsSchema schema, IndexerConfig config)
      throws IOException {
    return create(dir, schema, config, FirstSearchable.allNew(), ArticleVectors.NONE);
  }

  /**
   * Opens a writer that creates a new, empty index in {@code dir} whose articles get their sentence
   * vectors from the model, without a cache; every article is new.
   */
  public static NewsIndexer createWithVectors(Path dir, NewsSchema schema, IndexerConfig config)
      throws IOException {
    return create(dir, schema, config, FirstSearchable.allNew(), ArticleVectors.modelOnly());
  }

  /**
   * Opens a writer that creates a new, empty index in {@code dir}, its articles stamped by {@code
   * since}, which the writer closes, and given their vectors by {@code vectors}, which the caller
   * closes.
   */
  static NewsIndexer create(
      Path dir,
      NewsSchema schema,
      IndexerConfig config,
      FirstSearchable since,
      ArticleVectors vectors)
      throws IOException {
    return open(
        FSDirectory.open(dir), schema, config, IndexWriterConfig.OpenMode.CREATE, since, vectors);
  }

  /**
   * Opens a writer that appends to the existing index in {@code dir}.
   *
   * @throws IOException when there is no index there, or another writer holds it
   */
  public static NewsIndexer openExisting(Path dir, NewsSchema schema, IndexerConfig config)
      throws IOException {
    return openExisting(FSDirectory.open(dir), schema, config, ArticleVectors.NONE);
  }

  /**
   * Opens a writer that appends to the existing index in {@code dir}, and closes {@code dir}; its
   * articles get their vectors from {@code vectors}, which the caller closes.
   */
  static NewsIndexer openExisting(
      Directory dir, NewsSchema schema, IndexerConfig config, ArticleVectors vectors)
      throws IOException {
    FirstSearchable since;
    try {
      since = FirstSearchable.carriedFrom(dir);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    return open(dir, schema, config, IndexWriterConfig.OpenMode.APPEND, since, vectors);
  }

  private static NewsIndexer open(
      Directory dir,
      NewsSchema schema,
      IndexerConfig config,
      IndexWriterConfig.OpenMode mode,
      FirstSearchable since,
      ArticleVectors vectors)
      throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig(schema.analyzer());
    iwc.setCodec(schema.codec());
    iwc.setOpenMode(mode);
    iwc.setRAMBufferSizeMB(config.ramBufferMb());
    iwc.setMergePolicy(new EvenSegmentsMergePolicy(iwc.getMergePolicy()));
    iwc.setCommitOnClose(false);
    try {
      return new NewsIndexer(schema, dir, new IndexWriter(dir, iwc), since, vectors);
    } catch (IOException | RuntimeException e) {
      try {
        since.close();
      } finally {
        dir.close();
      }
      throw e;
    }
  }

  /**
   * Deletes every file in {@code dir} that its last commit does not reference, such as those of a
   * write that failed, and closes {@code dir}. Opening a writer is what deletes them: Lucene's
   * {@code IndexFileDeleter} removes unreferenced files when a writer starts; this one writes
   * nothing and commits nothing.
   */
  static void deleteUncommittedFiles(Directory dir) throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig();
    iwc.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    iwc.setCommitOnClose(false);
    try (dir;
        IndexWriter cleaner = new IndexWriter(dir, iwc)) {
      cleaner.rollback();
    }
  }

  /**
   * Adds or replaces one article.
   *
   * @throws IllegalArgumentException when Lucene refuses the document, such as for a term beyond
   *     its limit; the writer drops that document only and stays usable
   */
  public void add(Article article) throws IOException {
    writer.updateDocument(schema.idTerm(article.id()), document(article));
  }

  /**
   * Adds or replaces several articles, one at a time, so that an article Lucene refuses costs only
   * itself.
   *
   * @return the refused articles, with Lucene's reasons; every other article is written
   */
  public List<Refusal> addAll(List<Article> articles) throws IOException {
    List<Refusal> refused = new ArrayList<>();
    for (Article article : articles) {
      try {
        add(article);
      } catch (IllegalArgumentException e) {
        refused.add(new Refusal(article, e.getMessage()));
      }
    }
    return refused;
  }

  /**
   * Adds articles whose ids the index does not hold: unlike {@link #addAll}, nothing is looked up
   * to be replaced, which spares a full reindex the cost of applying a delete for every article.
   * One at a time, as {@link #addAll}.
   *
   * @return the refused articles, with Lucene's reasons; every other article is written
   */
  public List<Refusal> appendAll(List<Article> articles) throws IOException {
    List<Refusal> refused = new ArrayList<>();
    for (Article article : articles) {
      try {
        writer.addDocument(document(article));
      } catch (IllegalArgumentException e) {
        refused.add(new Refusal(article, e.getMessage()));
      }
    }
    return refused;
  }

  /**
   * The document of {@code article}, with its stamp and, when this writer gives vectors, its
   * vector: embedding runs here, on the thread that analyses, so the indexing threads do both.
   */
  private org.apache.lucene.document.Document document(Article article) throws IOException {
    return schema.toDocument(article, since.of(article.id()), vectors.of(article));
  }

  /** Makes every change durable, marking the commit with the schema version. */
  public void commit(Map<String, String> extraCommitData) throws IOException {
    Map<String, String> data = new HashMap<>(schema.commitData());
    data.putAll(extraCommitData);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /**
   * Writes the articles still buffered in memory into segments, as a commit would, without
   * committing them.
   */
  public void flush() throws IOException {
    writer.flush();
  }

  /**
   * Merges everything written so far into at most {@code segments} segments of about equal size
   * ({@link EvenSegmentsMergePolicy}) and waits until that is done; the next commit makes it
   * durable. The merged segments may be larger than the writer's own merges make them, so later
   * updates leave them be until enough of their articles are replaced: meant for a complete new
   * index, before it is published.
   */
  public void mergeInto(int segments) throws IOException {
    writer.forceMerge(segments);
  }

  /** The segments of the last commit. */
  public int committedSegments() throws IOException {
    return SegmentInfos.readLatestCommit(directory).size();
  }

  /** Removes the article with this id, if there is one. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(schema.idTerm(id));
  }

  /** Live documents as of the last commit. */
  public int liveDocuments() throws IOException {
    return writer.getDocStats().numDocs;
  }

  /**
   * Live documents as of the last commit by language: ISO 639-1 code to count, most first and then
   * by code, and those of no known language under {@link LanguageTag#UNDETERMINED}.
   */
  public Map<String, Long> liveDocumentsByLanguage() throws IOException {
    List<Map.Entry<String, Long>> counted = new ArrayList<>();
    long known = 0;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Terms terms = MultiTerms.getTerms(reader, NewsSchema.LANGUAGE);
      TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef code = each.next(); code != null; code = each.next()) {
        String language = code.utf8ToString();
        // A count, not the term's document frequency, which still includes replaced articles.
        long n = searcher.count(new TermQuery(new Term(NewsSchema.LANGUAGE, language)));
        if (n > 0) {
          counted.add(Map.entry(language, n));
          known += n;
        }
      }
      if (reader.numDocs() > known) {
        counted.add(Map.entry(LanguageTag.UNDETERMINED, reader.numDocs() - known));
      }
    }
    counted.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> byLanguage = new LinkedHashMap<>();
    counted.forEach(e -> byLanguage.put(e.getKey(), e.getValue()));
    return byLanguage;
  }

  /** Closes the writer without committing: uncommitted changes are dropped. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      try {
        since.close();
      } finally {
        directory.close();
      }
    }
  }
}
