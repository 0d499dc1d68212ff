package newsearch.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsearch.indexer.CorruptGenerationException;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.UnreadableCurrentException;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ServedIndexTest {

  @TempDir Path dir;

  private final Logger servedLog = (Logger) LoggerFactory.getLogger(ServedIndex.class);
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @BeforeEach
  void capture() {
    captured.start();
    servedLog.addAppender(captured);
  }

  @AfterEach
  void release() {
    servedLog.detachAppender(captured);
  }

  /** Enough articles that the middle of the compound file is postings or stored text. */
  private static List<Article> articles(String prefix) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 30; s++) {
        body.append("Tide table ").append(i * 31 + s).append(" for the pier at dawn. ");
      }
      articles.add(TestIndex.article(prefix + i, "Pier report " + i, body.toString()));
    }
    return articles;
  }

  private static ServedIndex open(IndexGenerations gens) throws IOException {
    return new ServedIndex(
        new PublishedGenerations(gens, new NewsSchema()), new NewsSchema(), SearchConfig.DEFAULTS);
  }

  private static int count(ServedIndex served) throws IOException {
    return served.withSearcher(s -> s.count(new MatchAllDocsQuery()));
  }

  private static Path compoundFile(Path generation) throws IOException {
    try (var files = Files.list(generation)) {
      return files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
  }

  /** Inverts the byte in the middle of {@code file}, as a failing disk would. */
  private static void flipMiddleByte(Path file) throws IOException {
    try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      long middle = raf.length() / 2;
      raf.seek(middle);
      int b = raf.read();
      raf.seek(middle);
      raf.write(~b & 0xff);
    }
  }

  private List<String> errors() {
    return captured.list.stream()
        .filter(e -> e.getLevel() == Level.ERROR)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void aGenerationWithAFlippedByteIsNotServedAndTheErrorNamesItAndTheFile() throws IOException {
    IndexGenerations gens = TestIndex.build(dir, articles("a"));
    Path generation = gens.current().orElseThrow();
    flipMiddleByte(compoundFile(generation));
    // The damage is of the kind only a checksum finds: the index still opens.
    try (FSDirectory d = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals(60, reader.numDocs());
    }

    CorruptGenerationException e = assertThrows(CorruptGenerationException.class, () -> open(gens));

    assertEquals("gen-000001", e.generation());
    assertTrue(
        e.getMessage().startsWith("generation gen-000001 at " + dir + " is corrupt: file _0.cfs"),
        e.getMessage());
  }

  @Test
  void aCorruptNewGenerationIsRefusedOnceAndTheServedOneStays() throws IOException {
    IndexGenerations gens = TestIndex.build(dir, articles("a"));
    try (ServedIndex served = open(gens)) {
      flipMiddleByte(compoundFile(TestIndex.build(dir, articles("b")).current().orElseThrow()));

      CorruptGenerationException first =
          assertThrows(CorruptGenerationException.class, served::refresh);
      CorruptGenerationException again =
          assertThrows(CorruptGenerationException.class, served::refresh);

      assertSame(first, again, "the same publication is not checked again");
      assertEquals("gen-000001", served.generation());
      assertEquals(60, count(served));
      assertEquals(1, errors().size(), errors().toString());
      assertTrue(errors().get(0).startsWith("still serving gen-000001: generation gen-000002"));

      TestIndex.build(dir, articles("c").subList(0, 5));
      served.refresh();
      assertEquals("gen-000003", served.generation());
      assertEquals(5, count(served));
    }
  }

  @Test
  void aLostCurrentWhileServingKeepsTheServedGeneration() throws IOException {
    IndexGenerations gens = TestIndex.build(dir, articles("a"));
    try (ServedIndex served = open(gens)) {
      Files.delete(dir.resolve("CURRENT"));
      UnreadableCurrentException e =
          assertThrows(UnreadableCurrentException.class, served::refresh);
      assertTrue(e.getMessage().contains("rollback --to gen-000001"), e.getMessage());
      assertEquals("gen-000001", served.generation());
      assertEquals(60, count(served));
    }
  }

  @Test
  void concurrentRefreshesAcrossSwitchesLeaveExactlyOneGenerationOpen() throws Exception {
    List<Article> few = articles("a").subList(0, 3);
    IndexGenerations gens = TestIndex.build(dir, few);
    List<Directory> opened = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (ServedIndex served =
        new ServedIndex(
            new PublishedGenerations(
                gens,
                new NewsSchema(),
                generation -> {
                  FSDirectory d = FSDirectory.open(generation);
                  opened.add(d);
                  return d;
                }),
            new NewsSchema(),
            SearchConfig.DEFAULTS)) {
      for (int round = 0; round < 6; round++) {
        TestIndex.build(dir, few);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> refreshes = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          refreshes.add(
              pool.submit(
                  () -> {
                    start.await();
                    served.refresh();
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> refresh : refreshes) {
          refresh.get();
        }
      }
      assertEquals("gen-000007", served.generation());
      List<Directory> open = opened.stream().filter(ServedIndexTest::isOpen).toList();
      assertEquals(1, open.size(), "open directories of " + opened.size() + " opened");
      assertEquals(3, count(served));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, opened.stream().filter(ServedIndexTest::isOpen).count());
  }

  private static boolean isOpen(Directory directory) {
    try {
      directory.listAll();
      return true;
    } catch (AlreadyClosedException closed) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
