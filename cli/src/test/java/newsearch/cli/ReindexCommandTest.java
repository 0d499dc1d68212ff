package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        0, cli.execute("reindex", "--input", sample.toString(), "--index", index.toString()));
    assertTrue(out.toString().contains("0 rejected"), out.toString());
    assertTrue(err.toString().contains("reindex: 100%"), err.toString());
    JsonObject report =
        JsonParser.parseString(Files.readString(index.resolve(IndexStore.REPORT_FILE)))
            .getAsJsonObject();
    assertTrue(report.get("articles_indexed").getAsInt() >= 40, report.toString());
    assertTrue(new IndexGenerations(index).current().isPresent());
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
            "reindex", "--input", empty.toString(), "--index", dir.resolve("i").toString()));
    assertTrue(err.toString().contains("no article could be indexed"), err.toString());
  }
}
