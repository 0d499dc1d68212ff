package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir Path dir;
  private Path index;
  private final InProcessCommand cli = new InProcessCommand();

  @BeforeEach
  void indexTwelveArticles() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      lines.append(
          String.format(
              "{\"id\":\"c%02d\",\"title\":\"Canal lock %d, \\\"rebuilt\\\"\",\"body\":\"The canal"
                  + " lock reopens.\",\"date\":\"2020-01-%02d\",\"section\":\"News\"}%n",
              i, i, i));
    }
    lines.append("{\"id\":\"w1\",\"title\":\"Rain\",\"body\":\"Wet.\",\"date\":\"2020-02-01\"}\n");
    lines.append("{\"id\":\"w2\",\"title\":\"Sun\",\"body\":\"Dry.\",\"date\":\"2020-02-02\"}\n");
    Path input = dir.resolve("articles.jsonl");
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    index = dir.resolve("index");
    assertEquals(
        0,
        new InProcessCommand()
            .run(
                "reindex",
                "--no-vectors",
                "--input",
                input.toString(),
                "--index",
                index.toString()));
  }

  @Test
  void csvHoldsAHeaderAndEveryMatchInDateOrderWithProgressOnStandardError() throws Exception {
    Path out = dir.resolve("canal.csv");

    int status =
        cli.run(
            "export",
            "canal",
            "--format",
            "csv",
            "--sort",
            "date",
            "--fields",
            "id,date,title",
            "--out",
            out.toString(),
            "--index",
            index.toString());

    assertEquals(0, status, cli.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(11, lines.size());
    assertEquals("id,date,title", lines.get(0));
    assertEquals("c10,2020-01-10,\"Canal lock 10, \"\"rebuilt\"\"\"", lines.get(1));
    assertEquals("c01,2020-01-01,\"Canal lock 1, \"\"rebuilt\"\"\"", lines.get(10));
    assertTrue(cli.err().contains("export:  50%  5 of 10 articles\n"), cli.err());
    assertTrue(cli.err().endsWith("export: 10 articles written to " + out + "\n"), cli.err());
  }

  @Test
  void jsonLinesHoldOneObjectPerMatch() throws Exception {
    Path out = dir.resolve("all.jsonl");

    assertEquals(
        0,
        cli.run(
            "export", "--format", "jsonl", "--out", out.toString(), "--index", index.toString()),
        cli.err());

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(12, lines.size());
    assertEquals(
        "w2", JsonParser.parseString(lines.get(0)).getAsJsonObject().get("id").getAsString());
  }

  @Test
  void moreMatchesThanTheMaximumAreRefusedAndNoFileIsWritten() {
    Path out = dir.resolve("too-many.csv");

    int status =
        cli.run(
            "export",
            "canal",
            "--max-rows",
            "9",
            "--out",
            out.toString(),
            "--index",
            index.toString());

    assertEquals(1, status);
    assertEquals(
        "newsearch export: the query matches 10 articles and an export holds at most 9; narrow it"
            + " with q, section, from or to\n",
        cli.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnknownFormatIsRefusedNamingIt() {
    int status =
        cli.run(
            "export",
            "canal",
            "--format",
            "xml",
            "--out",
            dir.resolve("x").toString(),
            "--index",
            index.toString());

    assertEquals(1, status);
    assertEquals("newsearch export: format must be csv or jsonl, got 'xml'\n", cli.err());
  }
}
