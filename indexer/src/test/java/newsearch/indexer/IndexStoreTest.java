package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write of an index directory through its one store, under its one lock. */
class IndexStoreTest {

  @TempDir Path dir;

  private IndexStore store;
  private Path input;

  private static String record(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Text.\"}";
  }

  @BeforeEach
  void setUp() throws IOException {
    // Vectors are not the subject here: ArticleVectorsTest covers them.
    store =
        new IndexStore(
            new IndexGenerations(dir.resolve("idx")), IndexerConfig.DEFAULTS.withVectors(false));
    input = Files.createDirectories(dir.resolve("in"));
    Files.write(
        input.resolve("a.jsonl"),
        List.of(record("1", "One"), "not json", record("2", "Two"), record("1", "One again")),
        StandardCharsets.UTF_8);
  }

  private int liveDocs() throws IOException {
    try (FSDirectory d = FSDirectory.open(store.generations().current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(d)) {
      return reader.numDocs();
    }
  }

  @Test
  void aReindexSavesItsReportWithTheCountsPerReasonNextToTheIndex() throws IOException {
    ReindexReport report = store.reindex(List.of(input, dir.resolve("gone")), p -> {});

    assertEquals(2, report.articlesIndexed());
    assertEquals(
        Map.of("no_such_file", 1L, "not_json", 1L, "duplicate_id", 1L), report.rejectedByReason());
    JsonObject saved =
        JsonParser.parseString(Files.readString(store.root().resolve(IndexStore.REPORT_FILE)))
            .getAsJsonObject();
    assertEquals(
        "{\"no_such_file\":1,\"not_json\":1,\"duplicate_id\":1}",
        saved.get("rejected_by_reason").toString());
    assertEquals(2, saved.get("articles_indexed").getAsLong());
  }

  private static String inLanguage(String id, String language) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Title "
        + id
        + "\",\"body\":\"Text of "
        + id
        + ".\",\"language\":\""
        + language
        + "\"}";
  }

  @Test
  void theReportCountsIndexedArticlesPerLanguageOnceEach() throws IOException {
    Path languages = Files.createDirectories(dir.resolve("languages"));
    Files.write(
        languages.resolve("b.jsonl"),
        List.of(
            inLanguage("es-1", "es"),
            inLanguage("es-2", "es-ES"),
            inLanguage("pt-1", "pt"),
            // The next line repeats this text: skipped, so counted once, in this language.
            inLanguage("x", "de"),
            inLanguage("x", "fr"),
            record("none", "Plain")),
        StandardCharsets.UTF_8);

    ReindexReport report = store.reindex(List.of(languages), p -> {});

    assertEquals("{es=2, de=1, pt=1, und=1}", report.articlesByLanguage().toString());
    JsonObject saved =
        JsonParser.parseString(Files.readString(store.root().resolve(IndexStore.REPORT_FILE)))
            .getAsJsonObject();
    assertEquals(
        "{\"es\":2,\"de\":1,\"pt\":1,\"und\":1}", saved.get("articles_by_language").toString());
  }

  @Test
  void theSummaryGivesTheCountsPerReasonThenByLanguageThenTheSegments() throws IOException {
    String summary = store.reindex(List.of(input), p -> {}).summary();

    assertTrue(
        summary.matches(
            "indexed 2 articles from 1 file into gen-000001 in [0-9.]+ s \\([0-9,]+ articles/s,"
                + " [0-9.]+ MB/s\\); 1 duplicates skipped, 1 rejected; by reason:"
                + " not_json 1, duplicate_id 1; by language: en 1, und 1; 1 segment, merged in"
                + " [0-9.]+ s"),
        summary);
  }

  @Test
  void anUpdateFromJsonLinesAddsReplacesAndCountsItsRejections() throws IOException {
    store.reindex(List.of(input), p -> {});

    UpdateReport report =
        store.update(
            new StringReader(record("2", "Two, corrected") + "\n[1]\n" + record("3", "Three")),
            Path.of("request body"));

    assertEquals(1, report.added());
    assertEquals(1, report.replaced());
    assertEquals(List.of("request body:2: not a JSON object"), report.rejected());
    assertEquals(Map.of("not_an_object", 1L), report.rejectedByReason());
    assertEquals(3, liveDocs());
  }

  @Test
  void readingWritesNothingUntilTheParsedInputIsWritten() throws IOException {
    store.reindex(List.of(input), p -> {});

    ParsedInput parsed = store.read(new StringReader("{}\n"), Path.of("body"));

    assertFalse(parsed.hasArticles());
    assertEquals(
        "body:1: record has neither title nor body", parsed.firstRejection().orElseThrow());
    assertEquals(2, liveDocs());
  }

  @Test
  void anUpdateFromFilesReadsEveryFileUnderTheInputs() throws IOException {
    store.reindex(List.of(input), p -> {});
    Path more = Files.createDirectories(dir.resolve("more"));
    Files.writeString(more.resolve("b.jsonl"), record("3", "Three") + "\n");
    Files.writeString(more.resolve("c.csv"), "skipped, not a supported name\n");

    UpdateReport report = store.update(List.of(more));

    assertEquals(1, report.added());
    assertEquals(Map.of(), report.rejectedByReason());
    assertEquals(3, liveDocs());
  }

  @Test
  void aDeleteRemovesTheIdsItHasAndNamesTheOthers() throws IOException {
    store.reindex(List.of(input), p -> {});

    UpdateReport report = store.delete(List.of("1", "404"));

    assertEquals(1, report.deleted());
    assertEquals(List.of("404"), report.notFound());
    assertEquals(1, liveDocs());
  }

  @Test
  void aRollbackServesThePreviousGenerationAndRollbackToANamedOne() throws IOException {
    store.reindex(List.of(input), p -> {});
    store.reindex(List.of(input), p -> {});
    store.reindex(List.of(input), p -> {});

    assertEquals("gen-000002", store.rollback().getFileName().toString());
    assertEquals("gen-000001", store.rollbackTo("gen-000001").getFileName().toString());
    assertEquals("gen-000001", store.generations().publication().named());
  }

  @Test
  void aBadGenerationNameIsRefusedBeforeTheDirectoryIsCreated() {
    IndexStore elsewhere = new IndexStore(new IndexGenerations(dir.resolve("none")));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> elsewhere.rollbackTo("../etc"));

    assertEquals("a generation is named like gen-000004, got '../etc'", e.getMessage());
    assertFalse(Files.exists(dir.resolve("none")));
  }

  @Test
  void everyWriteIsRefusedWhileAnotherWriterHoldsTheLock() throws IOException {
    store.reindex(List.of(input), p -> {});

    try (IndexLock other = IndexLock.acquire(store.root())) {
      IndexBusyException e =
          assertThrows(IndexBusyException.class, () -> store.reindex(List.of(input), p -> {}));
      assertTrue(e.getMessage().contains("another writer"), e.getMessage());
      assertThrows(IndexBusyException.class, () -> store.update(List.of(input)));
      assertThrows(IndexBusyException.class, () -> store.delete(List.of("1")));
      assertThrows(IndexBusyException.class, store::rollback);
      assertThrows(IndexBusyException.class, () -> store.rollbackTo("gen-000001"));
    }
    assertEquals(2, liveDocs());
    assertEquals(1, store.generations().generations().size());
  }

  @Test
  void aFirstReindexThatFailsLeavesNoDirectoryHoldingOnlyTheLock() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("nothing"));
    assertThrows(NothingIndexedException.class, () -> store.reindex(List.of(empty), p -> {}));
    assertFalse(Files.exists(store.root()), "the directory it created is gone");
  }

  @Test
  void aReindexThatFailsOverAnExistingDirectoryKeepsIt() throws IOException {
    Files.createDirectories(store.root());
    Path empty = Files.createDirectories(dir.resolve("nothing"));
    assertThrows(NothingIndexedException.class, () -> store.reindex(List.of(empty), p -> {}));
    assertTrue(Files.isDirectory(store.root()), "a directory it did not create stays");
  }
}
