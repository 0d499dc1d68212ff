package newsearch.search.suggest;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import newsearch.schema.NewsSchema;
import newsearch.search.rank.RankingOrder;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.Bits;

/**
 * The articles a title suggester is built from: their titles, read at once from doc values, and
 * their bodies, read one at a time from stored fields while the suggester counts them, so a build
 * never holds every body in memory.
 *
 * <p>The reader must stay open while the source is used; whoever opened the reader closes it. Not
 * thread-safe: one build uses it.
 */
final class SuggestionSource {

  private static final Set<String> BODY_ONLY = Set.of(NewsSchema.BODY);

  /**
   * How much of a body is read: its opening, where news says what it is about. Over Reuters and BBC
   * the first 2,000 characters hold {@code premier league} in 11 of the 13 articles that hold it
   * anywhere, and a generated million-article corpus averages 4,400 characters a body, so counting
   * whole bodies would double a build's time for little.
   */
  static final int BODY_CHARS = 2_000;

  private final IndexReader reader;
  private final int[] docs;
  private final List<String> titles;

  private SuggestionSource(IndexReader reader, int[] docs, List<String> titles) {
    this.reader = reader;
    this.docs = docs;
    this.titles = titles;
  }

  /** Titles without bodies: the words and phrases are counted over the titles alone. */
  static SuggestionSource ofTitles(List<String> titles) {
    return new SuggestionSource(null, new int[0], List.copyOf(titles));
  }

  /**
   * The live articles of {@code reader} that have a title, at most the newest {@code maxTitles}, in
   * index order.
   */
  static SuggestionSource read(IndexReader reader, NewsSchema schema, int maxTitles)
      throws IOException {
    List<String> titles = new ArrayList<>(Math.min(maxTitles, reader.numDocs()));
    List<Integer> docs = new ArrayList<>(Math.min(maxTitles, reader.numDocs()));
    if (reader.numDocs() <= maxTitles) {
      for (LeafReaderContext leaf : reader.leaves()) {
        addAll(leaf, titles, docs);
      }
    } else {
      addNewest(reader, schema, maxTitles, titles, docs);
    }
    return new SuggestionSource(
        reader, docs.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(titles));
  }

  /** The titles, in index order. */
  List<String> titles() {
    return titles;
  }

  /**
   * Hands each article's title and the opening {@link #BODY_CHARS} characters of its body (empty
   * when it has none) to {@code article}.
   */
  void forEachArticle(BiConsumer<String, String> article) throws IOException {
    if (reader == null) {
      titles.forEach(title -> article.accept(title, ""));
      return;
    }
    StoredFields stored = reader.storedFields();
    for (int i = 0; i < docs.length; i++) {
      String body = stored.document(docs[i], BODY_ONLY).get(NewsSchema.BODY);
      String opening = body == null ? "" : body.substring(0, Math.min(body.length(), BODY_CHARS));
      article.accept(titles.get(i), opening);
    }
  }

  private static void addAll(LeafReaderContext leaf, List<String> titles, List<Integer> docs)
      throws IOException {
    BinaryDocValues values = leaf.reader().getBinaryDocValues(NewsSchema.TITLE_VALUES);
    if (values == null) {
      return;
    }
    Bits live = leaf.reader().getLiveDocs();
    for (int doc = values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
      if (live == null || live.get(doc)) {
        titles.add(values.binaryValue().utf8ToString());
        docs.add(leaf.docBase + doc);
      }
    }
  }

  /** Adds the titles of the newest {@code count} live articles, in index order. */
  private static void addNewest(
      IndexReader reader, NewsSchema schema, int count, List<String> titles, List<Integer> docs)
      throws IOException {
    // Every article matches alike, so the date order of browsing is newest first, ties by id.
    Sort newestFirst = RankingOrder.DATE.sort(schema);
    ScoreDoc[] newest =
        new IndexSearcher(reader).search(new MatchAllDocsQuery(), count, newestFirst).scoreDocs;
    Arrays.sort(newest, Comparator.comparingInt(hit -> hit.doc));
    List<LeafReaderContext> leaves = reader.leaves();
    int current = -1;
    BinaryDocValues values = null;
    for (ScoreDoc hit : newest) {
      int leaf = ReaderUtil.subIndex(hit.doc, leaves);
      if (leaf != current) {
        current = leaf;
        values = leaves.get(leaf).reader().getBinaryDocValues(NewsSchema.TITLE_VALUES);
      }
      if (values != null && values.advanceExact(hit.doc - leaves.get(leaf).docBase)) {
        titles.add(values.binaryValue().utf8ToString());
        docs.add(hit.doc);
      }
    }
  }
}
