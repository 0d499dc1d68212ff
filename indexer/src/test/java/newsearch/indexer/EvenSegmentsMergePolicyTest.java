package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class EvenSegmentsMergePolicyTest {

  private static final Random random = new Random(7);

  /** One segment of 60 documents, then eight of 10: what a forced merge into two leaves. */
  private static List<Integer> mergedIntoTwo(MergePolicy policy) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setMergePolicy(policy);
      config.setMergeScheduler(new SerialMergeScheduler());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        segment(writer, 60);
        for (int i = 0; i < 8; i++) {
          segment(writer, 10);
        }
        writer.forceMerge(2);
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return reader.leaves().stream()
            .map(LeafReaderContext::reader)
            .map(leaf -> leaf.maxDoc())
            .sorted()
            .toList();
      }
    }
  }

  private static void segment(IndexWriter writer, int docs) throws IOException {
    for (int i = 0; i < docs; i++) {
      Document doc = new Document();
      doc.add(new TextField("body", text(), Field.Store.YES));
      writer.addDocument(doc);
    }
    writer.commit();
  }

  /**
   * Two kilobytes of random words, which compress little, so that a segment's bytes grow with its
   * documents and outweigh its files' own.
   */
  private static String text() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 2048) {
      for (int i = random.nextInt(3, 9); i > 0; i--) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(' ');
    }
    return text.toString();
  }

  private static TieredMergePolicy tieredWithoutMerges() {
    TieredMergePolicy tiered = new TieredMergePolicy();
    // Nine segments stay nine until the forced merge.
    tiered.setSegmentsPerTier(20);
    return tiered;
  }

  @Test
  void aForcedMergeLeavesSegmentsOfAboutEqualSize() throws IOException {
    List<Integer> sizes = mergedIntoTwo(new EvenSegmentsMergePolicy(tieredWithoutMerges()));

    assertEquals(2, sizes.size(), sizes.toString());
    assertEquals(140, sizes.get(0) + sizes.get(1));
    assertTrue(sizes.get(1) - sizes.get(0) <= 10, "documents per segment: " + sizes);
  }

  @Test
  void theTieredPolicyAloneKeepsTheLargestSegmentAsItIs() throws IOException {
    // What the wrapper is for: the tiered policy's own forced merge leaves the halves uneven.
    List<Integer> sizes = mergedIntoTwo(tieredWithoutMerges());

    assertEquals(List.of(60, 80), sizes);
  }

  @Test
  void aForcedMergeIntoAsManySegmentsAsThereAreMergesNothing() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setMergePolicy(new EvenSegmentsMergePolicy(tieredWithoutMerges()));
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        segment(writer, 5);
        segment(writer, 7);
        writer.forceMerge(2);
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(
            List.of(5, 7), reader.leaves().stream().map(l -> l.reader().maxDoc()).toList());
      }
    }
  }
}
