package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsearch.ingest.ReaderConfig;
import newsearch.schema.NewsSchema;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexJobTest {

  /**
   * Words in each body of {@link #reindexInParallel}: 1.4 MB of text, which the writer's buffers,
   * holding it in several fields with positions and offsets, outgrow more than once (three segments
   * as written).
   */
  private static final int BODY_WORDS = 1_000;

  @TempDir Path dir;

  private final ReindexJob job =
      new ReindexJob(
          new NewsSchema(), IndexerConfig.DEFAULTS.withThreads(2), ReaderConfig.DEFAULTS, p -> {});

  /** Runs {@code job} as {@link IndexStore#reindex} does, holding the index's lock. */
  private static ReindexReport run(ReindexJob job, List<Path> inputs, IndexGenerations index)
      throws IOException {
    try (IndexLock lock = IndexLock.acquire(index.root())) {
      return job.run(inputs, index);
    }
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void indexesGoodLinesAndReportsEveryBadOneWithItsLine() throws IOException {
    write(
        "a.jsonl",
        "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}",
        "not json",
        "{\"id\":\"2\",\"title\":null,\"body\":\"Untitled but searchable.\"}",
        "{\"id\":\"3\",\"title\":\"\",\"body\":null}",
        "{\"id\":\"1\",\"title\":\"One again\",\"body\":\"Replaced.\"}");
    IndexGenerations index = new IndexGenerations(dir.resolve("idx"));
    ReindexReport report = run(job, List.of(dir.resolve("in")), index);
    assertEquals(1, report.filesRead());
    assertEquals(3, report.articlesRead());
    assertEquals(2, report.articlesIndexed());
    assertEquals(1, report.duplicatesSkipped());
    assertEquals(2, report.rejected().size());
    assertTrue(
        report.rejected().get(0).endsWith("a.jsonl:2: not valid JSON"),
        report.rejected().toString());
    assertTrue(report.rejected().get(1).contains("a.jsonl:4: record has neither title nor body"));
    assertEquals(List.of("not_json=1", "no_title_or_body=1", "duplicate_id=1"), byReason(report));
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(index.current().orElseThrow()))) {
      assertEquals(2, reader.numDocs());
      assertEquals(
          Integer.toString(NewsSchema.VERSION),
          reader.getIndexCommit().getUserData().get(NewsSchema.VERSION_KEY));
    }
  }

  @Test
  void keepsTheServedGenerationWhenNothingCanBeIndexed() throws IOException {
    write("good.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}");
    IndexGenerations index = new IndexGenerations(dir.resolve("idx"));
    run(job, List.of(dir.resolve("in")), index);
    Path served = index.current().orElseThrow();

    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("b.jsonl"), "nonsense\n");
    NothingIndexedException e =
        assertThrows(NothingIndexedException.class, () -> run(job, List.of(bad), index));
    assertTrue(e.getMessage().contains("b.jsonl:1: not valid JSON"), e.getMessage());
    assertEquals(served, index.current().orElseThrow());
    assertEquals(1, index.generations().size());
  }

  @Test
  void aFirstReindexThatIndexesNothingLeavesNoGenerationBehind() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    IndexGenerations index = new IndexGenerations(dir.resolve("idx"));
    assertThrows(NothingIndexedException.class, () -> run(job, List.of(empty), index));
    assertEquals(List.of(), index.generations());
    assertEquals(java.util.Optional.empty(), index.current());
  }

  @Test
  void aMissingInputIsReportedNotFatal() throws IOException {
    write("good.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}");
    ReindexReport report =
        run(
            job,
            List.of(dir.resolve("in"), dir.resolve("missing")),
            new IndexGenerations(dir.resolve("idx")));
    assertEquals(1, report.articlesIndexed());
    assertTrue(report.rejected().get(0).contains("no such file or directory"));
    assertEquals(List.of("no_such_file=1"), byReason(report));
  }

  @Test
  void countsPagesThatAreNotArticlesByWhatTheyAre() throws IOException {
    write(
        "story.txt",
        "Ferry timetable cut as council seeks new operator",
        "",
        "The evening ferry will stop running next month, the council said on Monday.");
    write("gone.txt", "Home", "", "Seite nicht gefunden", "", "Die Seite wurde entfernt.");
    write(
        "front.txt",
        "Sport",
        "",
        "Bayern gewinnt das Spitzenspiel in Dortmund",
        "Handball-Nationalmannschaft startet mit Sieg in die EM",
        "Formel 1: Neues Rennen in Madrid ab 2026",
        "Tennis: Junge Spielerin erreicht das Halbfinale",
        "Radsport: Die Tour startet in Florenz");
    write(
        "teaser.txt",
        "La banca prevé subir las comisiones de las cuentas en otoño",
        "",
        "Las entidades estudian revisar sus condiciones tras el verano.",
        "",
        "Este contenido es exclusivo para suscriptores.");
    write("notices.txt", "Nous utilisons des cookies sur ce site.", "Tout accepter", "Accueil");

    ReindexReport report =
        run(job, List.of(dir.resolve("in")), new IndexGenerations(dir.resolve("idx")));

    assertEquals(1, report.articlesIndexed());
    assertEquals(
        List.of("error_page=1", "headline_list=1", "paywall_teaser=1", "no_article_text=1"),
        byReason(report));
  }

  @Test
  void skipsTheSameStoryUnderAnotherIdAndCountsIt() throws IOException {
    write(
        "wire.jsonl",
        "{\"id\":\"a\",\"title\":\"Rail strike\",\"body\":\"Trains stopped.\",\"section\":\"News\"}",
        "{\"id\":\"b\",\"title\":\"RAIL STRIKE!\",\"body\":\"Trains  stopped\",\"section\":\"Business\"}",
        "{\"id\":\"c\",\"title\":\"Rail strike\",\"body\":\"Trains ran.\"}");
    ReindexReport report =
        run(job, List.of(dir.resolve("in")), new IndexGenerations(dir.resolve("idx")));
    assertEquals(2, report.articlesIndexed());
    assertEquals(1, report.duplicatesSkipped());
    assertEquals(3, report.articlesRead());
    assertEquals(List.of("duplicate_content=1"), byReason(report));
  }

  @Test
  void theLastCopyOfAnIdWinsAcrossBatchesIndexedInParallel() throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    for (int copy = 1; copy <= 3; copy++) {
      for (int i = 0; i < 20; i++) {
        if (copy < 3 || i % 2 == 0) {
          lines.add(
              String.format(
                  "{\"id\":\"a%d\",\"title\":\"Story %d copy %d\",\"body\":\"Text %d.\"}",
                  i, i, copy, copy));
        }
      }
    }
    write("copies.jsonl", lines.toArray(String[]::new));
    IndexGenerations index = new IndexGenerations(dir.resolve("idx"));
    ReindexReport report =
        run(
            new ReindexJob(
                new NewsSchema(),
                new IndexerConfig(2, 16, 2, 3, false, 0),
                ReaderConfig.DEFAULTS,
                p -> {}),
            List.of(dir.resolve("in")),
            index);
    assertEquals(20, report.articlesIndexed());
    assertEquals(30, report.duplicatesSkipped());
    assertEquals(List.of("duplicate_id=30"), byReason(report));
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(index.current().orElseThrow()))) {
      assertEquals(20, reader.numDocs());
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i = 0; i < 20; i++) {
        TopDocs top = searcher.search(new TermQuery(new NewsSchema().idTerm("a" + i)), 5);
        assertEquals(1, top.totalHits.value(), "copies of a" + i);
        String title = searcher.storedFields().document(top.scoreDocs[0].doc).get(NewsSchema.TITLE);
        assertEquals("Story " + i + " copy " + (i % 2 == 0 ? 3 : 2), title);
      }
    }
  }

  /**
   * A reindex of 200 articles on two threads, in batches of one, merged into {@code segments}.
   * Their bodies are long enough to fill the writer's smallest buffer (16 MB), so that the index as
   * written has several segments however the threads shared the articles.
   */
  private ReindexReport reindexInParallel(IndexGenerations index, int segments) throws IOException {
    java.util.Random random = new java.util.Random(3);
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < BODY_WORDS; w++) {
        body.append('w').append(random.nextInt(100_000)).append(' ');
      }
      lines.add(
          String.format("{\"id\":\"s%d\",\"title\":\"Story %d\",\"body\":\"%s\"}", i, i, body));
    }
    write("many.jsonl", lines.toArray(String[]::new));
    return run(
        new ReindexJob(
            new NewsSchema(),
            new IndexerConfig(2, 16, 2, 1, false, segments),
            ReaderConfig.DEFAULTS,
            p -> {}),
        List.of(dir.resolve("in")),
        index);
  }

  private static int segmentsOf(IndexGenerations index) throws IOException {
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(index.current().orElseThrow()))) {
      return reader.leaves().size();
    }
  }

  @Test
  void theSegmentsAsWrittenAreMergedIntoTheNumberAskedFor() throws IOException {
    IndexGenerations unmerged = new IndexGenerations(dir.resolve("unmerged"));
    IndexGenerations merged = new IndexGenerations(dir.resolve("merged"));

    ReindexReport asWritten = reindexInParallel(unmerged, 0);
    ReindexReport one = reindexInParallel(merged, 1);

    assertTrue(segmentsOf(unmerged) > 1, "segments as written: " + segmentsOf(unmerged));
    assertEquals(segmentsOf(unmerged), asWritten.segments());
    assertEquals(0, asWritten.mergeSeconds());
    assertFalse(asWritten.summary().contains("merged"), asWritten.summary());
    assertTrue(one.mergeSeconds() > 0);
    assertEquals(1, segmentsOf(merged));
    assertEquals(1, one.segments());
    assertEquals(200, one.articlesIndexed());
  }

  @Test
  void reportsProgressUpToTheWholeInput() throws IOException {
    Path file = write("a.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}");
    List<ReindexProgress> reports = new java.util.ArrayList<>();
    run(
        new ReindexJob(
            new NewsSchema(), IndexerConfig.DEFAULTS, ReaderConfig.DEFAULTS, reports::add),
        List.of(dir.resolve("in")),
        new IndexGenerations(dir.resolve("idx")));
    ReindexProgress last = reports.get(reports.size() - 1);
    assertTrue(last.done());
    assertEquals(Files.size(file), last.bytesRead());
    assertEquals(Files.size(file), last.bytesTotal());
    assertEquals(1.0, last.fraction());
    assertEquals(1, last.articles());
  }

  @Test
  void aJobThatIndexesNothingNeverReportsDone() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Files.createFile(dir.resolve("in").resolve("empty.jsonl"));
    List<ReindexProgress> reports = new java.util.ArrayList<>();
    ReindexJob counted =
        new ReindexJob(
            new NewsSchema(), IndexerConfig.DEFAULTS, ReaderConfig.DEFAULTS, reports::add);
    NothingIndexedException e =
        assertThrows(
            NothingIndexedException.class,
            () ->
                run(counted, List.of(dir.resolve("in")), new IndexGenerations(dir.resolve("idx"))));
    assertTrue(e.getMessage().endsWith("(1 file, empty)"), e.getMessage());
    assertFalse(reports.isEmpty());
    assertTrue(reports.stream().noneMatch(ReindexProgress::done), reports.toString());
  }

  /** The counts per reason as {@code label=n}, in the report's order. */
  private static List<String> byReason(ReindexReport report) {
    return report.rejectedByReason().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .toList();
  }

  private static String line(String id, String extra) {
    return "{\"id\":\"" + id + "\",\"title\":\"Story " + id + "\",\"body\":\"Text.\"" + extra + "}";
  }

  @Test
  void anOverlongFieldCostsOnlyItsOwnArticleNotTheRestOfItsBatch() throws IOException {
    String[] lines = new String[603];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = line("a" + i, "");
    }
    lines[99] = line("x".repeat(40_000), "");
    lines[299] =
        line(
            "deep", ",\"section\":\"" + String.join(" > ", Collections.nCopies(5_000, "S")) + "\"");
    lines[449] = line("wide", ",\"url\":\"https://x.example/" + "u".repeat(40_000) + "\"");
    write("a.jsonl", lines);

    ReindexReport report =
        run(job, List.of(dir.resolve("in")), new IndexGenerations(dir.resolve("idx")));

    assertEquals(600, report.articlesIndexed());
    assertEquals(600, report.articlesRead());
    assertEquals(0, report.duplicatesSkipped());
    assertEquals(
        List.of(
            "a.jsonl:100: id is 40000 bytes, at most 32766",
            "a.jsonl:300: section has 5000 levels, at most 6",
            "a.jsonl:450: url is 40018 bytes, at most 32766"),
        report.rejected().stream().map(r -> r.substring(r.lastIndexOf('/') + 1)).toList());
    assertEquals(List.of("field_over_limit=3"), byReason(report));
  }

  /**
   * A gzip stream of a few tens of kilobytes that expands to one line of 50 MB, with the record
   * limit at 1 MiB: the line is passed over, the lines after it and the file beside it are read.
   */
  @Test
  void aGzippedLineOfFiftyMegabytesIsRejectedAndTheFileBesideItIsIndexed() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Writer out =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.jsonl.gz"))),
            StandardCharsets.UTF_8)) {
      out.write(line("before", "") + "\n{\"id\":\"huge\",\"body\":\"");
      char[] chunk = new char[1 << 16];
      Arrays.fill(chunk, 'a');
      for (int i = 0; i < 800; i++) {
        out.write(chunk);
      }
      out.write("\"}\n" + line("after", "") + "\n");
    }
    assertTrue(Files.size(in.resolve("bomb.jsonl.gz")) < 1 << 20);
    write("good.jsonl", line("good", ""));

    ReindexReport report =
        run(
            new ReindexJob(
                new NewsSchema(),
                IndexerConfig.DEFAULTS.withThreads(2),
                new ReaderConfig(1 << 20, ReaderConfig.DEFAULT_MAX_PAGE_BYTES),
                progress -> {}),
            List.of(in),
            new IndexGenerations(dir.resolve("idx")));

    assertEquals(3, report.articlesIndexed());
    assertEquals(1, report.rejected().size());
    assertTrue(
        report.rejected().getFirst().endsWith("bomb.jsonl.gz:2: record is larger than 1 MiB"),
        report.rejected().toString());
  }

  @Test
  void anImpossibleDateIsIndexedWithoutADateAndReportedAsAWarning() throws IOException {
    write("a.jsonl", line("1", ",\"date\":\"2021-13-45\""), line("2", ",\"date\":\"2021-02-03\""));

    ReindexReport report =
        run(job, List.of(dir.resolve("in")), new IndexGenerations(dir.resolve("idx")));

    assertEquals(2, report.articlesIndexed());
    assertEquals(List.of(), report.rejected());
    assertEquals(1, report.warnings().size());
    assertTrue(
        report
            .warnings()
            .getFirst()
            .endsWith(
                "a.jsonl:1: date \"2021-13-45\" is not a date (yyyy-mm-dd); indexed without a date"),
        report.warnings().toString());
  }

  @Test
  void withoutAReadableCurrentAReindexRefusesAndDeletesNoGeneration() throws IOException {
    write("good.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}");
    IndexGenerations index = new IndexGenerations(dir.resolve("idx"));
    run(job, List.of(dir.resolve("in")), index);
    run(job, List.of(dir.resolve("in")), index);
    Files.delete(index.root().resolve("CURRENT"));

    UnreadableCurrentException e =
        assertThrows(
            UnreadableCurrentException.class,
            () -> run(job, List.of(dir.resolve("nonexistent")), index));

    assertTrue(e.getMessage().contains("rollback --to gen-000002"), e.getMessage());
    assertEquals(2, index.generations().size());
  }

  @Test
  void aReindexShortOfDiskSpaceRefusesBeforeWritingAnything() throws IOException {
    Path input = write("good.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}");
    IndexGenerations index = new IndexGenerations(dir.resolve("idx"));
    run(job, List.of(dir.resolve("in")), index);
    Path served = index.current().orElseThrow();
    long needed = 2 * Files.size(input);
    ReindexJob cramped =
        new ReindexJob(
            new NewsSchema(),
            IndexerConfig.DEFAULTS,
            ReaderConfig.DEFAULTS,
            p -> {},
            root -> needed - 1);

    NotEnoughSpaceException e =
        assertThrows(
            NotEnoughSpaceException.class, () -> run(cramped, List.of(dir.resolve("in")), index));

    assertEquals(
        "not enough free space for a reindex at "
            + index.root()
            + ": it needs about "
            + needed
            + " bytes for "
            + Files.size(input)
            + " bytes of input, and "
            + (needed - 1)
            + " bytes is free; nothing was written",
        e.getMessage());
    assertEquals(List.of(served), index.generations());
    assertEquals(served, index.current().orElseThrow());
    ReindexJob roomy =
        new ReindexJob(
            new NewsSchema(),
            IndexerConfig.DEFAULTS,
            ReaderConfig.DEFAULTS,
            p -> {},
            root -> needed);
    assertEquals(1, run(roomy, List.of(dir.resolve("in")), index).articlesIndexed());
  }

  @Test
  void sizesReadAsBytesThenMegabytesThenGigabytes() {
    assertEquals("999,999 bytes", ReindexSpace.size(999_999));
    assertEquals("445.3 MB", ReindexSpace.size(445_300_000));
    assertEquals("9.3 GB", ReindexSpace.size(9_300_000_000L));
  }

  @Test
  void theSpaceEstimateIsTwiceThePlainInputAndAGzippedFileCountsFourTimes() throws IOException {
    Path plain = write("a.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}");
    Path gzipped = dir.resolve("in").resolve("b.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped))) {
      out.write("{\"id\":\"2\",\"title\":\"Two\",\"body\":\"Second.\"}\n".getBytes());
    }
    InputFiles inputs =
        InputFiles.list(List.of(dir.resolve("in")), new newsearch.ingest.ArticleFileReader());
    assertEquals(2 * Files.size(plain) + 8 * Files.size(gzipped), ReindexSpace.needed(inputs));
  }
}
