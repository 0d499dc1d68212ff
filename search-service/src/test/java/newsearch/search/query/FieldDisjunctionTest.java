package newsearch.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import newsearch.search.WrappedSegments;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader.FilterTerms;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A word over several fields scores as a dismax with a tie-breaker, matches what it matches, and
 * unlike it lets Lucene skip the articles that cannot reach the top.
 */
class FieldDisjunctionTest {

  private static final String[] FIELDS = {"title", "lede", "body"};
  private static final String[] WORDS = {"oil", "price", "bank", "rate", "vote", "court"};
  private static final int DOCS = 20_000;

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(7);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        for (String field : FIELDS) {
          int length = field.equals("body") ? 5 + random.nextInt(60) : 1 + random.nextInt(8);
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < length; w++) {
            // Skewed towards the first words, so that common and rare words both occur.
            text.append(WORDS[(int) Math.min(WORDS.length - 1, -Math.log(random.nextDouble()))]);
            text.append(' ');
          }
          doc.add(new TextField(field, text.toString(), Field.Store.NO));
        }
        writer.addDocument(doc);
      }
      writer.forceMerge(2);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static List<Query> perField(String word) {
    List<Query> fields = new ArrayList<>();
    float[] boosts = {2.0f, 1.5f, 1.0f};
    for (int i = 0; i < FIELDS.length; i++) {
      fields.add(new BoostQuery(new TermQuery(new Term(FIELDS[i], word)), boosts[i]));
    }
    return fields;
  }

  @Test
  void scoresAndRanksAsTheDismaxWithTheSameTieBreaker() throws IOException {
    for (String word : WORDS) {
      for (float tie : new float[] {0.1f, 0.5f, 0.9f}) {
        TopDocs dismax =
            searcher.search(
                new DisjunctionMaxQuery(perField(word), tie),
                new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
        TopDocs pruned =
            searcher.search(
                new FieldDisjunction(perField(word), tie),
                new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
        assertEquals(dismax.totalHits.value(), pruned.totalHits.value(), word);
        for (int i = 0; i < dismax.scoreDocs.length; i++) {
          ScoreDoc expected = dismax.scoreDocs[i];
          ScoreDoc actual = pruned.scoreDocs[i];
          assertEquals(expected.score, actual.score, expected.score * 1e-5f, word + " #" + i);
        }
      }
    }
  }

  @Test
  void countsTheSameMatches() throws IOException {
    for (String word : WORDS) {
      assertEquals(
          searcher.count(new DisjunctionMaxQuery(perField(word), 0.5f)),
          searcher.count(new FieldDisjunction(perField(word), 0.5f)),
          word);
    }
  }

  @Test
  void skipsArticlesThatCannotReachTheTopTen() throws IOException {
    String common = WORDS[0];
    int matches = searcher.count(new DisjunctionMaxQuery(perField(common), 0.5f));
    int dismax = scoredForTopTen(new DisjunctionMaxQuery(perField(common), 0.5f));
    int pruned = scoredForTopTen(new FieldDisjunction(perField(common), 0.5f));
    assertEquals(matches, dismax, "Lucene's dismax with a tie-breaker scores every match");
    assertTrue(pruned * 4 < matches, "scored " + pruned + " of " + matches + " matches");
  }

  @Test
  void looksTheWordUpOnceInEachFieldOfEachSegment() throws IOException {
    AtomicInteger lookups = new AtomicInteger();
    try (DirectoryReader counted =
        new WrappedSegments(
            DirectoryReader.open(directory), leaf -> new LookupCounting(leaf, lookups))) {
      IndexSearcher counting = new IndexSearcher(counted);
      Query word = counting.rewrite(new FieldDisjunction(perField(WORDS[0]), 0.5f));
      counting.createWeight(word, ScoreMode.TOP_SCORES, 1f);
      // The scoring form names each field twice; looking the word up for each would double this.
      assertEquals(FIELDS.length * counted.leaves().size(), lookups.get());
    }
  }

  /** A segment that counts how often a search opens the term dictionary of a field. */
  private static final class LookupCounting extends WrappedSegments.Segment {
    private final AtomicInteger lookups;

    LookupCounting(LeafReader in, AtomicInteger lookups) {
      super(in);
      this.lookups = lookups;
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = super.terms(field);
      return terms == null
          ? null
          : new FilterTerms(terms) {
            @Override
            public TermsEnum iterator() throws IOException {
              lookups.incrementAndGet();
              return super.iterator();
            }
          };
    }
  }

  @Test
  void theFactoryGivesALoneWordThePrunableFormAndSeveralWordsTheDismax() throws IOException {
    QueryFactory factory = new QueryFactory(new NewsSchema(), SearchConfig.DEFAULTS);
    UserQueryParser parser = new UserQueryParser(true);
    List<Query> one = parts(factory.build(parser.parse("government")));
    assertTrue(one.stream().anyMatch(FieldDisjunction.class::isInstance), one.toString());
    List<Query> two = parts(factory.build(parser.parse("government minister")));
    assertTrue(two.stream().noneMatch(FieldDisjunction.class::isInstance), two.toString());
    assertTrue(two.stream().anyMatch(DisjunctionMaxQuery.class::isInstance), two.toString());
  }

  /** The queries that hold other queries in {@code query}, itself included. */
  private static List<Query> parts(Query query) {
    List<Query> found = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            found.add(parent);
            return this;
          }
        });
    return found;
  }

  /** How many documents the top-ten collector was handed for {@code query}. */
  private static int scoredForTopTen(Query query) throws IOException {
    int[] handed = {0};
    var manager = new TopScoreDocCollectorManager(10, 10);
    var top = manager.newCollector();
    Collector counting =
        new Collector() {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new FilterLeafCollector(top.getLeafCollector(context)) {
              @Override
              public void collect(int doc) throws IOException {
                handed[0]++;
                super.collect(doc);
              }
            };
          }

          @Override
          public ScoreMode scoreMode() {
            return top.scoreMode();
          }
        };
    searcher.search(query, counting);
    return handed[0];
  }
}
