package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReindexCommandTest {

  @TempDir Path dir;

  @Test
  void indexesTheBundledSampleAndWritesItsReport() throws Exception {
    Path sample = Path.of("..", "index-data", "articles").toAbsolutePath().normalize();
    Path index = dir.resolve("index");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Newsearch.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertEquals(
        0,
        cli.execute(
            "reindex", "--no-vectors", "--input", sample.toString(), "--index", index.toString()));
    assertTrue(out.toString().contains("0 rejected"), out.toString());
    assertTrue(
        out.toString().contains("\nreport: " + index.resolve(IndexStore.REPORT_FILE) + "\n"),
        out.toString());
    assertTrue(err.toString().contains("reindex: 100%"), err.toString());
    JsonObject report =
        JsonParser.parseString(Files.readString(index.resolve(IndexStore.REPORT_FILE)))
            .getAsJsonObject();
    assertTrue(report.get("articles_indexed").getAsInt() >= 40, report.toString());
    assertTrue(new IndexGenerations(index).current().isPresent());
  }

  @Test
  void makesVectorsUnlessToldNoVectorsAndALaterRunReusesThem() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"a\",\"title\":\"Jobless claims fall\",\"body\":\"Fewer out of work.\"}\n"
            + "{\"id\":\"b\",\"title\":\"Rates rise\",\"body\":\"Borrowing costs more.\"}\n");
    Path index = dir.resolve("index");

    String plain =
        reindex("--no-vectors", "--input", input.toString(), "--index", index.toString());
    String first = reindex("--input", input.toString(), "--index", index.toString());
    String second = reindex("--input", input.toString(), "--index", index.toString());

    assertFalse(plain.contains("vectors"), plain);
    assertTrue(first.contains("; vectors: 2 embedded, 0 from cache"), first);
    assertTrue(second.contains("; vectors: 0 embedded, 2 from cache"), second);
  }

  /** Runs {@code reindex} with {@code args}, which must succeed, and returns what it printed. */
  private static String reindex(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Newsearch.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    String[] command = new String[args.length + 1];
    command[0] = "reindex";
    System.arraycopy(args, 0, command, 1, args.length);
    assertEquals(0, cli.execute(command), out.toString());
    return out.toString();
  }

  @Test
  void mergesIntoTheSegmentsAskedForAndSaysSo() throws Exception {
    Path sample = Path.of("..", "index-data", "articles").toAbsolutePath().normalize();
    Path index = dir.resolve("index");

    String out =
        reindex(
            "--no-vectors",
            "--segments",
            "1",
            "--input",
            sample.toString(),
            "--index",
            index.toString());

    assertTrue(out.contains("; 1 segment, merged in "), out);
    JsonObject report =
        JsonParser.parseString(Files.readString(index.resolve(IndexStore.REPORT_FILE)))
            .getAsJsonObject();
    assertEquals(1, report.get("segments").getAsInt(), report.toString());
    assertTrue(report.has("merge_seconds"), report.toString());
  }

  @Test
  void refusesANegativeSegmentCountBeforeWritingAnything() {
    StringWriter err = new StringWriter();
    CommandLine cli = Newsearch.commandLine();
    cli.setErr(new PrintWriter(err));
    Path index = dir.resolve("index");

    int status =
        cli.execute(
            "reindex",
            "--segments",
            "-1",
            "--input",
            Path.of("..", "index-data", "articles").toString(),
            "--index",
            index.toString());

    assertEquals(2, status);
    assertTrue(err.toString().contains("--segments must be 0 or more, got -1"), err.toString());
    assertFalse(Files.exists(index), "nothing written");
  }

  @Test
  void failsPlainlyWhenNothingCanBeIndexed() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    StringWriter err = new StringWriter();
    CommandLine cli = Newsearch.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(
        1,
        cli.execute(
            "reindex",
            "--no-vectors",
            "--input",
            empty.toString(),
            "--index",
            dir.resolve("i").toString()));
    assertTrue(err.toString().contains("no article could be indexed"), err.toString());
  }

  @Test
  void aFailedFirstReindexNeverSaysDoneAndLeavesNoDirectoryBehind() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("nothing"));
    Path index = dir.resolve("new-index");
    InProcessCommand cli = new InProcessCommand();
    assertEquals(
        1,
        cli.run(
            "reindex", "--no-vectors", "--input", empty.toString(), "--index", index.toString()));
    assertFalse(cli.err().contains("done"), cli.err());
    assertTrue(
        cli.err()
            .endsWith(
                "newsearch reindex: no article could be indexed from ["
                    + empty
                    + "] (no .txt, .html, .htm or .jsonl files, plain or gzipped, found)\n"),
        cli.err());
    assertFalse(Files.exists(index), "no folder holding only a lock file");
  }

  @Test
  void aFolderHoldingAnEmptyJsonlFileIsReportedAsOneEmptyFile() throws Exception {
    Path input = Files.createDirectory(dir.resolve("archive"));
    Files.createFile(input.resolve("2024.jsonl"));
    InProcessCommand cli = new InProcessCommand();
    assertEquals(
        1,
        cli.run(
            "reindex",
            "--no-vectors",
            "--input",
            input.toString(),
            "--index",
            dir.resolve("i").toString()));
    assertTrue(
        cli.err()
            .endsWith(
                "newsearch reindex: no article could be indexed from ["
                    + input
                    + "] (1 file, empty)\n"),
        cli.err());
  }

  @Test
  void aFailedReindexOverAnIndexKeepsItAndItsLock() throws Exception {
    Path index = dir.resolve("index");
    InProcessCommand cli = new InProcessCommand();
    Path sample = ChildCommand.sampleArticles();
    assertEquals(
        0,
        cli.run(
            "reindex", "--no-vectors", "--input", sample.toString(), "--index", index.toString()));
    Path empty = Files.createDirectory(dir.resolve("nothing"));
    assertEquals(
        1,
        cli.run(
            "reindex", "--no-vectors", "--input", empty.toString(), "--index", index.toString()));
    assertEquals(index.resolve("gen-000001"), new IndexGenerations(index).current().orElseThrow());
  }
}
