package newsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code BenchCli models} refuses bad input with one sentence, before any model loads. */
class BenchCliModelsTest {

  @TempDir Path dir;

  @Test
  void aMalformedJudgmentLineIsNamedWithItsFileAndLine() throws IOException {
    Path articles = write("articles.jsonl", "{\"id\": \"a\", \"title\": \"Rates rise\"}\n");
    Path queries = write("queries.tsv", "q1\tcost of borrowing\n");
    Path qrels = write("qrels.txt", "q1 0 a\n");
    Path run = write("lexical.run", "q1 Q0 a 1 1.0 words\n");
    StringWriter err = new StringWriter();

    int status =
        execute(
            err,
            "--articles",
            articles,
            "--queries",
            queries,
            "--qrels",
            qrels,
            "--lexical-run",
            run);

    assertEquals(1, status);
    assertEquals(
        "bench models: " + qrels + ":1: expected 4 fields 'qid iteration docid grade', found 3\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aMissingFileIsAUsageError() throws IOException {
    Path present = write("queries.tsv", "q1\tcost of borrowing\n");
    Path missing = dir.resolve("articles.jsonl");
    StringWriter err = new StringWriter();

    int status =
        execute(
            err,
            "--articles",
            missing,
            "--queries",
            present,
            "--qrels",
            present,
            "--lexical-run",
            present);

    assertEquals(2, status);
    assertEquals("no such file: " + missing, err.toString().lines().findFirst().orElseThrow());
  }

  private int execute(StringWriter err, Object... args) {
    String[] line = new String[args.length + 1];
    line[0] = "models";
    for (int i = 0; i < args.length; i++) {
      line[i + 1] = String.valueOf(args[i]);
    }
    return new CommandLine(BenchCli.class).setErr(new PrintWriter(err, true)).execute(line);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
