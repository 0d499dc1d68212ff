package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles Lucene refuses reach the writer here unchecked, as a limit no check knows would. */
class NewsIndexerTest {

  @TempDir Path dir;

  private final NewsSchema schema = new NewsSchema();

  private static Article article(String id, String title) {
    return new Article(
        id, title, null, "Text of " + title + ".", null, null, null, null, null, null);
  }

  private static Article withImmenseUrl(String id) {
    return new Article(
        id, "Immense", null, "Text.", null, null, "u".repeat(40_000), null, null, null);
  }

  private static Article withDeepSection(String id) {
    return new Article(
        id,
        "Deep",
        null,
        "Text.",
        null,
        new SectionPath(Collections.nCopies(5_000, "Level two")),
        null,
        null,
        null,
        null);
  }

  private List<String> storedTitles() throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      List<String> titles = new ArrayList<>();
      for (ScoreDoc hit :
          searcher.search(new MatchAllDocsQuery(), 100, new Sort(schema.byId())).scoreDocs) {
        titles.add(stored.document(hit.doc).get(NewsSchema.TITLE));
      }
      return titles;
    }
  }

  @Test
  void aDocumentLuceneRefusesCostsOnlyItselfAndTheWriterGoesOn() throws IOException {
    try (NewsIndexer indexer = NewsIndexer.create(dir, schema, IndexerConfig.DEFAULTS)) {
      List<Refusal> refused =
          indexer.appendAll(
              List.of(
                  article("1", "One"),
                  article("x".repeat(40_000), "Long id"),
                  article("2", "Two"),
                  withDeepSection("3"),
                  withImmenseUrl("4"),
                  article("5", "Five")));
      indexer.commit(Map.of());

      assertEquals(3, refused.size(), refused.toString());
      assertTrue(refused.get(0).reason().contains("immense term"), refused.get(0).reason());
      assertTrue(
          refused.get(1).reason().contains("category path exceeds"), refused.get(1).reason());
      assertEquals("4", refused.get(2).article().id());
      assertEquals(3, indexer.liveDocuments());
    }
    assertEquals(List.of("One", "Two", "Five"), storedTitles());
  }

  @Test
  void aRefusedReplacementLeavesTheStoredArticleAsItWas() throws IOException {
    try (NewsIndexer indexer = NewsIndexer.create(dir, schema, IndexerConfig.DEFAULTS)) {
      indexer.addAll(List.of(article("4", "Original")));
      List<Refusal> refused = indexer.addAll(List.of(withImmenseUrl("4"), article("6", "Six")));
      indexer.commit(Map.of());

      assertEquals(List.of("4"), refused.stream().map(r -> r.article().id()).toList());
    }
    assertEquals(List.of("Original", "Six"), storedTitles());
  }

  @Test
  void describesARefusalWithAShortenedId() {
    Refusal refusal = new Refusal(article("y".repeat(100), "Long"), "too long");

    assertEquals(
        "article \"" + "y".repeat(80) + "…\" refused by the index: too long", refusal.describe());
  }
}
