package newsearch.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsearch.schema.NewsSchema;
import newsearch.search.TestIndex;
import newsearch.search.WrappedSegments;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterSortedNumericDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class NewArticleReaderTest {

  /** The stamp a full reindex gives every article it writes. */
  private static final long REINDEXED = 1_000L;

  /** The stamp of the articles added after it. */
  private static final long ADDED = 2_000L;

  private final NewsSchema schema = new NewsSchema();
  private final NewArticleReader reader = new NewArticleReader(schema);

  /** Fifty articles of one reindex, a00 to a49, then two added later, b0 and b1. */
  private static Directory index(NewsSchema schema) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
      for (int i = 0; i < 50; i++) {
        String id = String.format("a%02d", i);
        writer.addDocument(
            schema.toDocument(TestIndex.article(id, "Title " + id, "Body."), REINDEXED));
        if (i % 20 == 19) {
          writer.commit();
        }
      }
      writer.addDocument(schema.toDocument(TestIndex.article("b1", "Later", "Body."), ADDED));
      writer.addDocument(schema.toDocument(TestIndex.article("b0", "Later", "Body."), ADDED));
    }
    return dir;
  }

  private static List<String> ids(List<NewArticle> articles) {
    return articles.stream().map(article -> article.article().id()).toList();
  }

  @Test
  void pagesThroughArticlesSharingOneStampInIdOrderAndThenTheLaterOnes() throws IOException {
    try (Directory dir = index(schema);
        DirectoryReader open = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(open);
      List<NewArticle> first = reader.after(searcher, SearchablePosition.START, 3);
      assertEquals(List.of("a00", "a01", "a02"), ids(first));
      List<NewArticle> middle = reader.after(searcher, new SearchablePosition(REINDEXED, "a47"), 5);
      assertEquals(List.of("a48", "a49", "b0", "b1"), ids(middle));
      assertEquals(new SearchablePosition(ADDED, "b1"), middle.get(3).position());
      assertEquals(List.of(), reader.after(searcher, new SearchablePosition(ADDED, "b1"), 5));
    }
  }

  @Test
  void lookingAfterTheNewestArticleOfAReindexReadsNoStampOfIt() throws IOException {
    AtomicInteger read = new AtomicInteger();
    try (Directory dir = index(schema);
        DirectoryReader counting =
            new WrappedSegments(DirectoryReader.open(dir), leaf -> new StampCounting(leaf, read))) {
      IndexSearcher searcher = new IndexSearcher(counting);
      // Every article of the reindex shares its stamp: a query on the stamp alone would read the
      // stamps of them all at each look for new articles, ten times a second.
      assertEquals(
          List.of("b0", "b1"),
          ids(reader.after(searcher, new SearchablePosition(REINDEXED, "a49"), 10)));
      assertTrue(read.get() <= 8, "stamps read: " + read.get());
      read.set(0);
      assertEquals(List.of(), reader.after(searcher, new SearchablePosition(ADDED, "b1"), 10));
      // The sort looks at each segment's values once, whatever the segment holds.
      int segments = counting.leaves().size();
      assertTrue(read.get() <= segments, "stamps read: " + read.get());
    }
  }

  /** A segment that counts the stamps read from its doc values. */
  private static final class StampCounting extends WrappedSegments.Segment {
    private final AtomicInteger read;

    StampCounting(LeafReader in, AtomicInteger read) {
      super(in);
      this.read = read;
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String field) throws IOException {
      SortedNumericDocValues values = super.getSortedNumericDocValues(field);
      if (values == null || !field.equals(NewsSchema.FIRST_SEARCHABLE)) {
        return values;
      }
      return new FilterSortedNumericDocValues(values) {
        @Override
        public boolean advanceExact(int target) throws IOException {
          read.incrementAndGet();
          return super.advanceExact(target);
        }

        @Override
        public int advance(int target) throws IOException {
          read.incrementAndGet();
          return super.advance(target);
        }

        @Override
        public int nextDoc() throws IOException {
          read.incrementAndGet();
          return super.nextDoc();
        }
      };
    }
  }
}
