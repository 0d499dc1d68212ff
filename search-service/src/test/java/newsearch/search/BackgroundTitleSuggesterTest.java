package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundTitleSuggesterTest {

  @TempDir Path dir;

  private DirectoryReader openReader() throws IOException {
    IndexGenerations gens =
        TestIndex.build(
            dir,
            List.of(
                TestIndex.article("t1", "Peace treaty talks resume", "Talks."),
                TestIndex.article("t2", "Peace treaty talks stall", "Stalled.")));
    return DirectoryReader.open(FSDirectory.open(gens.current().orElseThrow()));
  }

  @Test
  void answersOnceBuilt() throws IOException {
    try (DirectoryReader reader = openReader();
        BackgroundTitleSuggester suggester =
            BackgroundTitleSuggester.start(reader, new NewsSchema(), 2)) {
      assertEquals(
          List.of("peace treaty", "peace treaty talks"),
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
    try (DirectoryReader reader =
            DirectoryReader.open(FSDirectory.open(gens.current().orElseThrow()));
        TitleSuggester newestTwo = TitleSuggester.build(reader, new NewsSchema(), 2, 2)) {
      assertEquals(
          List.of("Harbour fees rise", "Harbour tunnel opens"),
          newestTwo.suggest("harb", 5).stream().map(Suggestion::text).sorted().toList());
    }
  }

  @Test
  void aReaderClosedBeforeTheBuildGivesNoCompletions() throws IOException {
    DirectoryReader reader = openReader();
    reader.close();
    reader.directory().close();
    try (BackgroundTitleSuggester suggester =
        BackgroundTitleSuggester.start(reader, new NewsSchema(), 2)) {
      assertEquals(List.of(), suggester.suggest("pea", 2));
    }
  }

  @Test
  void closingBeforeTheBuildEndsClosesWhatItBuilds() throws IOException {
    try (DirectoryReader reader = openReader()) {
      BackgroundTitleSuggester suggester =
          BackgroundTitleSuggester.start(reader, new NewsSchema(), 2);
      suggester.close();
      // Closed: whether or not the build had finished, nothing is answered from it any more.
      assertEquals(List.of(), suggester.suggest("pea", 2));
    }
  }
}
