package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.embedding.EmbeddingCache;
import newsearch.embedding.SentenceEncoder;
import newsearch.ingest.ReaderConfig;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors in the index: made at reindex and update, cached, round-tripped, searched. */
class ArticleVectorsTest {

  private static final String JOBLESS =
      "{\"id\":\"jobs\",\"title\":\"Fewer people out of work\",\"body\":\"The number of jobless"
          + " workers fell for a third month as factories hired again.\"}";
  private static final String BANK =
      "{\"id\":\"bank\",\"title\":\"Central bank moves\",\"body\":\"The cost of borrowing rose"
          + " by a quarter point on Tuesday.\"}";
  private static final String MUSIC =
      "{\"id\":\"music\",\"title\":\"A new symphony\",\"body\":\"The orchestra played a new"
          + " work by a young composer to a full hall.\"}";

  @TempDir Path dir;

  private final NewsSchema schema = new NewsSchema();

  private IndexStore store(boolean vectors) {
    return new IndexStore(
        new IndexGenerations(dir.resolve("idx")),
        schema,
        IndexerConfig.DEFAULTS.withThreads(2).withVectors(vectors),
        ReaderConfig.DEFAULTS);
  }

  private List<Path> input(String... lines) throws IOException {
    Path file = dir.resolve("in").resolve("articles.jsonl");
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return List.of(file.getParent());
  }

  @Test
  void aSecondReindexEmbedsOnlyNewOrChangedText() throws IOException {
    ReindexReport first = store(true).reindex(input(JOBLESS, BANK), p -> {});
    String changedBank = BANK.replace("a quarter point", "half a point");
    ReindexReport second = store(true).reindex(input(JOBLESS, changedBank, MUSIC), p -> {});

    assertEquals(List.of(2L, 0L), List.of(first.embedded(), first.vectorsReused()));
    assertEquals(List.of(2L, 1L), List.of(second.embedded(), second.vectorsReused()));
    assertTrue(
        second.summary().contains("; vectors: 2 embedded, 1 from cache; by language: en 3;"),
        second.summary());
    assertEquals(3, cachedVectors());
  }

  @Test
  void theVectorOfAnArticleComesBackFromTheIndexAsItWasMade() throws IOException {
    store(true).reindex(input(JOBLESS, BANK), p -> {});
    Article bank =
        new Article(
            "bank",
            "Central bank moves",
            null,
            "The cost of borrowing rose by a quarter point on Tuesday.",
            null,
            SectionPath.parse(null),
            null,
            null,
            null,
            List.of());

    assertArrayEquals(
        SentenceEncoder.shared().embed(NewsSchema.vectorText(bank)), storedVector("bank"));
  }

  @Test
  void findsAnArticleByMeaningWithNoWordInCommon() throws IOException {
    store(true).reindex(input(JOBLESS, BANK, MUSIC), p -> {});

    assertEquals("jobs", nearest("unemployment"));
    assertEquals("bank", nearest("interest rates"));
  }

  @Test
  void noVectorsBuildsWithoutThemAndALaterReindexAddsThem() throws IOException {
    ReindexReport without = store(false).reindex(input(JOBLESS, BANK), p -> {});
    assertNull(storedVector("jobs"));
    assertFalse(without.summary().contains("vectors"), without.summary());
    assertFalse(Files.exists(dir.resolve("idx").resolve(EmbeddingCache.FILE)));

    store(true).reindex(input(JOBLESS, BANK), p -> {});
    assertEquals(SentenceEncoder.DIMENSIONS, storedVector("jobs").length);
  }

  @Test
  void anUpdateEmbedsItsArticlesWhenTheIndexHasVectors() throws IOException {
    store(true).reindex(input(JOBLESS, BANK), p -> {});
    store(true).update(new StringReader(MUSIC + "\n"), Path.of("request"));

    assertEquals(SentenceEncoder.DIMENSIONS, storedVector("music").length);
    assertEquals(3, cachedVectors());
    ReindexReport again = store(true).reindex(input(JOBLESS, BANK, MUSIC), p -> {});
    assertEquals(List.of(0L, 3L), List.of(again.embedded(), again.vectorsReused()));
  }

  @Test
  void anUpdateOfAnIndexWithoutVectorsAddsNone() throws IOException {
    store(false).reindex(input(JOBLESS), p -> {});
    store(true).update(new StringReader(MUSIC + "\n"), Path.of("request"));

    assertNull(storedVector("music"));
  }

  /** How many vectors the cache next to the generations holds. */
  private int cachedVectors() throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(dir.resolve("idx"))) {
      return cache.size();
    }
  }

  /** The id of the article whose vector is nearest the vector of {@code query}. */
  private String nearest(String query) throws IOException {
    try (DirectoryReader reader = open()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top =
          searcher.search(schema.nearest(SentenceEncoder.shared().embed(query), 1, null), 1);
      return reader.storedFields().document(top.scoreDocs[0].doc).get(NewsSchema.ID);
    }
  }

  /** The vector the index holds for the article {@code id}, or null when it has none. */
  private float[] storedVector(String id) throws IOException {
    try (DirectoryReader reader = open()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader segment = leaf.reader();
        FloatVectorValues values = segment.getFloatVectorValues(NewsSchema.EMBEDDING);
        if (values == null) {
          continue;
        }
        StoredFields stored = segment.storedFields();
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; ) {
          if (id.equals(stored.document(doc).get(NewsSchema.ID))) {
            return values.vectorValue(it.index()).clone();
          }
          doc = it.nextDoc();
        }
      }
      return null;
    }
  }

  private DirectoryReader open() throws IOException {
    return DirectoryReader.open(
        FSDirectory.open(new IndexGenerations(dir.resolve("idx")).current().orElseThrow()));
  }
}
