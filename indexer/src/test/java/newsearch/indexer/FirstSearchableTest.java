package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write through the store stamps an article with when it first became searchable, and keeps
 * that stamp through replacements and reindexes.
 */
class FirstSearchableTest {

  @TempDir Path dir;

  private IndexStore store;
  private Path input;

  private static String record(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Text.\"}";
  }

  @BeforeEach
  void setUp() throws IOException {
    store = new IndexStore(new IndexGenerations(dir.resolve("idx")));
    input = Files.createDirectories(dir.resolve("in"));
    Files.write(
        input.resolve("a.jsonl"),
        List.of(record("1", "One"), record("2", "Two")),
        StandardCharsets.UTF_8);
  }

  /** The stamp of every live article of the served generation, by id. */
  private Map<String, Long> stamps() throws IOException {
    Map<String, Long> stamps = new TreeMap<>();
    try (FSDirectory d = FSDirectory.open(store.generations().current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedNumericDocValues values =
            leaf.reader().getSortedNumericDocValues(NewsSchema.FIRST_SEARCHABLE);
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            stamps.put(stored.document(doc).get(NewsSchema.ID), values.nextValue());
          }
        }
      }
    }
    return stamps;
  }

  @Test
  void aReindexStampsEveryArticleWithOneStampOfItsWrite() throws IOException {
    long before = System.currentTimeMillis();
    store.reindex(List.of(input), p -> {});

    Map<String, Long> stamps = stamps();
    assertEquals(List.of("1", "2"), List.copyOf(stamps.keySet()));
    assertEquals(stamps.get("1"), stamps.get("2"));
    assertTrue(stamps.get("1") >= before, stamps + " before " + before);
  }

  @Test
  void anUpdateStampsOnlyTheNewArticlesAndAfterEveryEarlierStamp() throws IOException {
    store.reindex(List.of(input), p -> {});
    long first = stamps().get("1");

    store.update(
        new StringReader(record("2", "Two again") + "\n" + record("3", "Three")), Path.of("b"));

    Map<String, Long> stamps = stamps();
    assertEquals(first, stamps.get("1"));
    assertEquals(first, stamps.get("2"), "a replaced article keeps its stamp");
    assertTrue(stamps.get("3") > first, stamps.toString());
  }

  @Test
  void aReindexKeepsTheStampsOfTheArticlesTheServedGenerationHolds() throws IOException {
    store.reindex(List.of(input), p -> {});
    long first = stamps().get("1");
    Files.write(input.resolve("b.jsonl"), List.of(record("4", "Four")), StandardCharsets.UTF_8);

    store.reindex(List.of(input), p -> {});

    Map<String, Long> stamps = stamps();
    assertEquals(
        "gen-000002", store.generations().current().orElseThrow().getFileName().toString());
    assertEquals(first, stamps.get("1"));
    assertEquals(first, stamps.get("2"));
    assertTrue(stamps.get("4") > first, stamps.toString());
  }

  @Test
  void successiveWritesHaveStrictlyIncreasingStampsEvenWithinOneMillisecond() throws IOException {
    store.reindex(List.of(input), p -> {});
    long previous = stamps().get("1");
    for (int i = 0; i < 5; i++) {
      store.update(new StringReader(record("n" + i, "New " + i)), Path.of("n"));
      long stamp = stamps().get("n" + i);
      assertTrue(stamp > previous, stamp + " after " + previous);
      previous = stamp;
    }
  }
}
