package newsearch.search.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
import newsearch.schema.NewsSchema;
import newsearch.search.TestIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundTitleSuggesterTest {

  @TempDir Path dir;

  private IndexGenerations twoTreatyTitles() throws IOException {
    return TestIndex.build(
        dir,
        List.of(
            TestIndex.article("t1", "Peace treaty talks resume", "Talks."),
            TestIndex.article("t2", "Peace treaty talks stall", "Stalled.")));
  }

  private static DirectoryReader open(IndexGenerations gens) throws IOException {
    return DirectoryReader.open(FSDirectory.open(gens.current().orElseThrow()));
  }

  private static List<String> texts(BackgroundTitleSuggester suggester, String typed)
      throws IOException {
    return suggester.suggest(typed, 5).stream().map(Suggestion::text).toList();
  }

  @Test
  void answersOnceBuilt() throws IOException {
    try (DirectoryReader reader = open(twoTreatyTitles());
        BackgroundTitleSuggester suggester = new BackgroundTitleSuggester(new NewsSchema(), 2)) {
      suggester.rebuild(reader);
      assertEquals(
          List.of("peace", "peace treaty"),
          suggester.suggest("pea", 2).stream().map(Suggestion::text).toList());
    }
  }

  @Test
  void aLargeIndexCompletesFromItsNewestTitlesOnly() throws IOException {
    IndexGenerations gens =
        TestIndex.build(
            dir.resolve("dated"),
            List.of(
                TestIndex.article("old", "Harbour plan approved", "Old.", "2001-05-01", "News"),
                TestIndex.article("new", "Harbour tunnel opens", "New.", "2024-05-01", "News"),
                TestIndex.article("mid", "Harbour fees rise", "Mid.", "2012-05-01", "News")));
    try (DirectoryReader reader = open(gens);
        TitleSuggester newestTwo = TitleSuggester.build(reader, new NewsSchema(), 2, 2)) {
      assertEquals(
          List.of("Harbour fees rise", "Harbour tunnel opens", "harbour"),
          newestTwo.suggest("harb", 5).stream().map(Suggestion::text).sorted().toList());
    }
  }

  @Test
  void wordsAndPhrasesOfTitlesRankByTheArticlesWhoseBodiesHoldThem() throws IOException {
    IndexGenerations gens =
        TestIndex.build(
            dir.resolve("bodies"),
            List.of(
                TestIndex.article("a1", "Premier League planning Cole date", "The clubs met."),
                TestIndex.article("a2", "Solskjaer raises hopes", "At a Premier League club."),
                TestIndex.article("a3", "Poll explains decision", "The premier spoke."),
                TestIndex.article("a4", "Premium bonds rise", "Savers bought bonds.")));
    try (DirectoryReader reader = open(gens);
        TitleSuggester suggester = TitleSuggester.build(reader, new NewsSchema(), 2)) {
      // premier: 3 articles, premier league: 2; premium is in one article only, so only its
      // title is offered; the body's own phrase "league club" is in no title and never offered.
      assertEquals(
          List.of(
              "premier",
              "premier league",
              "Premium bonds rise",
              "Premier League planning Cole date"),
          suggester.suggest("prem", 5).stream().map(Suggestion::text).toList());
      assertEquals(
          List.of("league", "premier league", "Premier League planning Cole date"),
          suggester.suggest("leag", 5).stream().map(Suggestion::text).toList());
    }
  }

  @Test
  void aReaderClosedBeforeTheBuildGivesNoCompletions() throws IOException {
    DirectoryReader reader = open(twoTreatyTitles());
    reader.close();
    reader.directory().close();
    try (BackgroundTitleSuggester suggester = new BackgroundTitleSuggester(new NewsSchema(), 2)) {
      suggester.rebuild(reader);
      assertEquals(List.of(), suggester.suggest("pea", 2));
      assertEquals(0, suggester.builds());
    }
  }

  @Test
  void closingBeforeTheBuildEndsClosesWhatItBuilds() throws IOException {
    try (DirectoryReader reader = open(twoTreatyTitles())) {
      BackgroundTitleSuggester suggester = new BackgroundTitleSuggester(new NewsSchema(), 2);
      suggester.rebuild(reader);
      suggester.close();
      // Closed: whether or not the build had finished, nothing is answered from it any more.
      assertEquals(List.of(), suggester.suggest("pea", 2));
    }
  }

  @Test
  void aBurstOfReadersBuildsForTheRunningOneAndTheNewestOnly() throws Exception {
    IndexGenerations gens = twoTreatyTitles();
    IndexStore store = new IndexStore(gens);
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch gate = new CountDownLatch(1);
    BackgroundTitleSuggester.Builder held =
        source -> {
          firstStarted.countDown();
          try {
            assertTrue(gate.await(10, TimeUnit.SECONDS), "the gate never opened");
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return TitleSuggester.build(source, new NewsSchema(), 2);
        };
    List<DirectoryReader> readers = new ArrayList<>();
    try (BackgroundTitleSuggester suggester =
        new BackgroundTitleSuggester(new NewsSchema(), held)) {
      readers.add(open(gens));
      suggester.rebuild(readers.get(0));
      assertTrue(firstStarted.await(10, TimeUnit.SECONDS), "the first build never started");
      for (int i = 1; i <= 30; i++) {
        store.update(
            new ParsedInput(
                List.of(TestIndex.article("n" + i, "Ferry route " + i + " opens", "Boats.")),
                List.of(),
                List.of()));
        DirectoryReader reader = open(gens);
        readers.add(reader);
        suggester.rebuild(reader);
      }
      for (DirectoryReader reader : readers) {
        reader.decRef();
      }
      gate.countDown();

      assertEquals(List.of("Ferry route 30 opens"), awaitCompletions(suggester, "ferry route 30"));
      assertEquals(2, suggester.builds(), "builds: the running one, then the newest reader's");
      assertEquals(1, suggester.peakBuildsRunning());
      for (DirectoryReader replaced : readers.subList(1, 30)) {
        assertEquals(0, replaced.getRefCount(), "a replaced reader was kept open");
      }
    } finally {
      for (DirectoryReader reader : readers) {
        if (reader.getRefCount() > 0) {
          reader.close();
        }
        reader.directory().close();
      }
    }
  }

  @Test
  void aReaderWithTheSameTitlesIsNotBuiltAgain() throws Exception {
    IndexGenerations gens = twoTreatyTitles();
    try (BackgroundTitleSuggester suggester = new BackgroundTitleSuggester(new NewsSchema(), 2)) {
      try (DirectoryReader first = open(gens)) {
        suggester.rebuild(first);
        assertEquals(
            List.of("peace"), suggester.suggest("pea", 1).stream().map(Suggestion::text).toList());
      }
      // A new commit with the same titles in another order: a body changed, not a title.
      new IndexStore(gens)
          .update(
              new ParsedInput(
                  List.of(TestIndex.article("t1", "Peace treaty talks resume", "Talks resumed.")),
                  List.of(),
                  List.of()));
      try (DirectoryReader second = open(gens)) {
        suggester.rebuild(second);
        awaitIdle(suggester, second);
      }
      assertEquals(1, suggester.builds());
    }
  }

  /** Waits until the suggester has let go of {@code reader}: its build is done or skipped. */
  private static void awaitIdle(BackgroundTitleSuggester suggester, DirectoryReader reader)
      throws InterruptedException {
    for (int i = 0; i < 500 && reader.getRefCount() > 1; i++) {
      Thread.sleep(10);
    }
    assertEquals(1, reader.getRefCount(), "the suggester still holds the reader");
  }

  private static List<String> awaitCompletions(BackgroundTitleSuggester suggester, String typed)
      throws InterruptedException {
    List<String> found = List.of();
    for (int i = 0; i < 500 && found.isEmpty(); i++) {
      try {
        found = texts(suggester, typed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (found.isEmpty()) {
        Thread.sleep(10);
      }
    }
    return found;
  }
}
