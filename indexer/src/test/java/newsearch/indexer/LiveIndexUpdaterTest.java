package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsearch.ingest.ReaderConfig;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexUpdaterTest {

  @TempDir Path dir;
  private IndexGenerations index;
  private final LiveIndexUpdater updater =
      new LiveIndexUpdater(new NewsSchema(), IndexerConfig.DEFAULTS, ReaderConfig.DEFAULTS);

  private UpdateReport index(Path update) throws IOException {
    return updater.index(updater.read(List.of(update)), index);
  }

  private static ParsedInput articles(List<Article> articles) {
    return new ParsedInput(articles, List.of(), List.of());
  }

  @BeforeEach
  void buildFirstGeneration() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"),
        "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}\n"
            + "{\"id\":\"2\",\"title\":\"Two\",\"body\":\"Second.\"}\n");
    index = new IndexGenerations(dir.resolve("idx"));
    new IndexStore(index).reindex(List.of(in), p -> {});
  }

  private int liveDocs() throws IOException {
    try (FSDirectory d = FSDirectory.open(index.current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.numDocs();
    }
  }

  @Test
  void addsNewArticlesAndReplacesExistingOnesById() throws IOException {
    Path update = dir.resolve("update.jsonl");
    Files.writeString(
        update,
        "{\"id\":\"2\",\"title\":\"Two, corrected\",\"body\":\"Second.\"}\n"
            + "{\"id\":\"3\",\"title\":\"Three\",\"body\":\"Third.\"}\n"
            + "garbage\n");
    UpdateReport report = index(update);
    assertEquals(1, report.added());
    assertEquals(1, report.replaced());
    assertEquals(1, report.rejected().size());
    assertEquals(Map.of("not_json", 1L), report.rejectedByReason());
    assertEquals(3, liveDocs());
    assertEquals("gen-000001", report.generation());
  }

  @Test
  void deletesByIdAndReportsIdsItDidNotHave() throws IOException {
    UpdateReport report = updater.delete(List.of("1", "404"), index);
    assertEquals(1, report.deleted());
    assertEquals(List.of("404"), report.notFound());
    assertEquals(1, liveDocs());
    assertEquals(List.of("1"), updater.delete(List.of("1"), index).notFound());
  }

  @Test
  void anUpdateThatFillsTheDiskLeavesOnlyTheFilesOfTheLastGoodCommit() throws IOException {
    Path generation = index.current().orElseThrow();
    Set<String> before = filesIn(generation);
    LiveIndexUpdater onFullDisk =
        new LiveIndexUpdater(
            new NewsSchema(),
            IndexerConfig.DEFAULTS,
            ReaderConfig.DEFAULTS,
            gen -> {
              MockDirectoryWrapper disk =
                  new MockDirectoryWrapper(new Random(20_240_601L), FSDirectory.open(gen));
              disk.setMaxSizeInBytes(disk.sizeInBytes() + 4_096);
              disk.setCheckIndexOnClose(false);
              disk.setAssertNoUnrefencedFilesOnClose(false);
              return disk;
            });
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(
          new Article(
              "n" + i,
              "Night ferry " + i,
              null,
              "The night ferry number " + i + " sailed on time. ".repeat(20),
              null,
              null,
              null,
              null,
              null,
              null));
    }

    IOException e =
        assertThrows(IOException.class, () -> onFullDisk.index(articles(articles), index));

    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    assertEquals(before, filesIn(generation));
    assertEquals(2, liveDocs());
    assertEquals(1, updater.index(articles(articles.subList(0, 1)), index).added());
    assertEquals(3, liveDocs());
  }

  private static Set<String> filesIn(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void rollbackServesThePreviousGenerationAgain() throws IOException {
    Path first = index.current().orElseThrow();
    new IndexStore(index).reindex(List.of(dir.resolve("in")), p -> {});
    Path second = index.current().orElseThrow();
    assertTrue(second.endsWith("gen-000002"));
    assertEquals(first, index.rollback());
    assertEquals(first, index.current().orElseThrow());
    assertTrue(Files.notExists(second));
    IllegalStateException e = assertThrows(IllegalStateException.class, index::rollback);
    assertTrue(e.getMessage().contains("no generation older than gen-000001"), e.getMessage());
  }

  @Test
  void aRecordBeyondTheIndexLimitsIsRejectedByLineAndTheRestAdded() throws IOException {
    Path update = dir.resolve("update.jsonl");
    Files.writeString(
        update,
        "{\"id\":\"3\",\"title\":\"Three\",\"body\":\"Third.\"}\n"
            + "{\"id\":\""
            + "x".repeat(40_000)
            + "\",\"title\":\"Long id\"}\n"
            + "{\"id\":\"4\",\"title\":\"Four\",\"date\":\"2021-13-45\"}\n");

    UpdateReport report = index(update);

    assertEquals(2, report.added());
    assertEquals(List.of(update + ":2: id is 40000 bytes, at most 32766"), report.rejected());
    assertEquals(Map.of("field_over_limit", 1L), report.rejectedByReason());
    assertEquals(
        List.of(
            update + ":3: date \"2021-13-45\" is not a date (yyyy-mm-dd); indexed without a date"),
        report.warnings());
    assertEquals(4, liveDocs());
  }

  @Test
  void anArticleTheWriterRefusesIsReportedAndTheOthersCommitted() throws IOException {
    Article refused =
        new Article("5", "Wide", null, "Text.", null, null, "u".repeat(40_000), null, null, null);
    Article good = new Article("6", "Six", null, "Text.", null, null, null, null, null, null);

    UpdateReport report = updater.index(articles(List.of(refused, good)), index);

    assertEquals(1, report.added());
    assertEquals(0, report.replaced());
    assertEquals(1, report.rejected().size());
    assertTrue(
        report.rejected().getFirst().startsWith("article \"5\" refused by the index: "),
        report.rejected().toString());
    assertEquals(Map.of("refused_by_index", 1L), report.rejectedByReason());
    assertEquals(3, liveDocs());
  }
}
