package newsearch.search.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.schema.NewsSchema;
import newsearch.search.TestIndex;
import newsearch.search.WrappedSegments;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A reader never changes, so what the corrector learns of a word over it is learnt once. */
class KeptSpellingsTest {

  private final NewsSchema schema = new NewsSchema();

  /** Two hundred articles in three segments on talks, one of them with a typo. */
  private Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
      for (int i = 0; i < 200; i++) {
        String title = i == 7 ? "Negotiatons stall" : "Negotiations resume";
        writer.addDocument(schema.toDocument(TestIndex.article("a" + i, title, "Talks."), 1L));
        if (i % 70 == 69) {
          writer.commit();
        }
      }
    }
    return dir;
  }

  @Test
  void correctsATypoAndAskedAgainReadsNoTermDictionary() throws IOException {
    AtomicInteger opened = new AtomicInteger();
    SpellingCorrector corrector = new SpellingCorrector(schema);
    try (Directory dir = index();
        DirectoryReader reader =
            new WrappedSegments(
                DirectoryReader.open(dir), leaf -> new TermsCounting(leaf, opened))) {
      List<Misspelling> first = corrector.misspellings(reader, "negotiatons");
      assertEquals(List.of("negotiations"), first.get(0).spellings());
      assertTrue(opened.get() >= reader.leaves().size(), "the first ask reads every segment");
      opened.set(0);
      // A reader never changes: the word's frequency and its spellings are known already.
      assertEquals(first, corrector.misspellings(reader, "negotiatons"));
      assertEquals(0, opened.get(), "term dictionaries opened by the second ask");
    }
  }

  /** A segment that counts how often a field's terms are opened. */
  private static final class TermsCounting extends WrappedSegments.Segment {
    private final AtomicInteger opened;

    TermsCounting(LeafReader in, AtomicInteger opened) {
      super(in);
      this.opened = opened;
    }

    @Override
    public Terms terms(String field) throws IOException {
      opened.incrementAndGet();
      return super.terms(field);
    }
  }
}
