package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reindex} and {@code index} with bad records among good ones, at the default limits. */
class IngestLimitsCommandTest {

  @TempDir Path dir;

  private final InProcessCommand newsearch = new InProcessCommand();

  private int run(String... args) {
    return newsearch.run(args);
  }

  private static String record(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"Text.\"}\n";
  }

  /**
   * Good records around one with an id beyond Lucene's limit, one with an impossible date, and one
   * a little over the default record limit of 8 MiB.
   */
  private Path mixed(String name) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(record("b", "Lighthouse restored"));
      w.write(record("x".repeat(40_000), "Long id"));
      w.write("{\"id\":\"c\",\"title\":\"Ferry\",\"date\":\"2021-13-45\"}\n");
      w.write("{\"id\":\"d\",\"body\":\"");
      w.write("w".repeat((8 << 20) + 1));
      w.write("\"}\n");
      w.write(record("e", "Pier"));
    }
    return file;
  }

  private static List<String> strings(JsonArray array) {
    return array.asList().stream().map(JsonElement::getAsString).toList();
  }

  @Test
  void reindexIndexesTheGoodRecordsAndReportsTheBadOnesByLine() throws Exception {
    Path file = mixed("a.jsonl");
    Path index = dir.resolve("index");

    assertEquals(
        0,
        run(
            "reindex",
            "--no-vectors",
            "--input",
            file.getParent().toString(),
            "--index",
            index.toString()));

    assertTrue(newsearch.out().contains("indexed 3 articles"), newsearch.out());
    assertTrue(
        newsearch.out().contains(", 2 rejected; by reason: too_large 1, field_over_limit 1"),
        newsearch.out());
    assertTrue(
        newsearch.out().contains("  warning " + file + ":3: date \"2021-13-45\" is not a date"),
        newsearch.out());
    JsonObject report =
        JsonParser.parseString(Files.readString(index.resolve(IndexStore.REPORT_FILE)))
            .getAsJsonObject();
    assertEquals(
        List.of(
            file + ":2: id is 40000 bytes, at most 32766",
            file + ":4: record is larger than 8 MiB"),
        strings(report.getAsJsonArray("rejected")));
    assertEquals(
        "{\"too_large\":1,\"field_over_limit\":1}", report.get("rejected_by_reason").toString());
    assertEquals(1, report.getAsJsonArray("warnings").size());
  }

  @Test
  void indexAddsTheGoodRecordsAndListsTheBadOnesByLine() throws Exception {
    Path index = dir.resolve("index");
    Path first = Files.createDirectories(dir.resolve("first"));
    Files.writeString(first.resolve("a.jsonl"), record("a", "Harbour reopens"));
    assertEquals(
        0,
        run("reindex", "--no-vectors", "--input", first.toString(), "--index", index.toString()));
    Path file = mixed("update.jsonl");

    assertEquals(0, run("index", "--input", file.toString(), "--index", index.toString()));

    String printed = newsearch.out();
    assertTrue(printed.contains(": 3 added, 0 replaced, 2 rejected"), printed);
    assertTrue(
        printed.contains("  rejected " + file + ":2: id is 40000 bytes, at most 32766"), printed);
    assertTrue(printed.contains("  rejected " + file + ":4: record is larger than 8 MiB"), printed);
    assertTrue(printed.contains("  warning " + file + ":3: date \"2021-13-45\""), printed);
  }
}
