package newsearch.search.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsearch.schema.DuplicateKey;
import newsearch.schema.NewsSchema;
import newsearch.search.TestIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which keys have copies, over a real index of several segments. */
class KeysWithCopiesTest {

  @TempDir Path dir;

  private static String story(String topic) {
    return ("The " + topic + " report opened with a long account of the week's events, ").repeat(8);
  }

  @Test
  void aKeyHasCopiesWhenOneSegmentHoldsItTwiceOrTwoSegmentsHoldIt() throws IOException {
    NewsSchema schema = new NewsSchema();
    // One segment per list: each is committed alone, and nothing merges them.
    List<List<String>> segments =
        List.of(
            List.of(story("harbour"), story("harbour"), story("ferry")),
            List.of(story("bridge"), story("tram")),
            List.of(story("tram"), story("river")));
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(
                directory,
                new IndexWriterConfig(schema.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      int id = 0;
      for (List<String> bodies : segments) {
        for (String body : bodies) {
          writer.addDocument(schema.toDocument(TestIndex.article("a" + id++, "Title", body)));
        }
        writer.commit();
      }
    }
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(3, reader.leaves().size());
      KeysWithCopies keys = new KeysWithCopies();
      Map<String, Boolean> copies = new TreeMap<>();
      for (String topic : List.of("harbour", "ferry", "bridge", "tram", "river")) {
        copies.put(topic, keys.mayHaveCopies(reader, new BytesRef(DuplicateKey.of(story(topic)))));
      }
      assertEquals(
          Map.of("harbour", true, "ferry", false, "bridge", false, "tram", true, "river", false),
          copies);
    }
  }
}
