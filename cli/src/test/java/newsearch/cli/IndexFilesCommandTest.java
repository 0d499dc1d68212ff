package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsearch.indexer.IndexGenerations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands that write an index never lose a generation to a lost {@code CURRENT} or a corrupt
 * generation: they say what is wrong and what to run, and exit 1.
 */
class IndexFilesCommandTest {

  @TempDir Path dir;
  private Path input;
  private Path index;

  /** What a command printed, and its exit status. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Newsearch.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeEach
  void threeGenerations() throws IOException {
    input = dir.resolve("wire.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"w1\",\"title\":\"Lock gates replaced\",\"body\":\"The canal reopens.\"}\n"
            + "{\"id\":\"w2\",\"title\":\"Towpath resurfaced\",\"body\":\"Cyclists return.\"}\n",
        StandardCharsets.UTF_8);
    index = dir.resolve("index");
    for (int i = 0; i < 3; i++) {
      assertEquals(
          0,
          run("reindex", "--no-vectors", "--input", input.toString(), "--index", index.toString())
              .status());
    }
  }

  private List<String> generations() throws IOException {
    return new IndexGenerations(index)
        .generations().stream().map(p -> p.getFileName().toString()).toList();
  }

  private String lostCurrentMessage(String command, String why) {
    return "newsearch "
        + command
        + ": index at "
        + index
        + " has generations but no readable CURRENT ("
        + why
        + "); the newest complete generation is gen-000003: run './newsearch rollback --to"
        + " gen-000003 --index "
        + index
        + "' to serve it\n";
  }

  private static void truncateToHalf(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
  }

  private static Path compoundFile(Path generation) throws IOException {
    try (Stream<Path> files = Files.list(generation)) {
      return files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
  }

  @Test
  void withoutCurrentReindexExitsOneNamingTheNewestCompleteGenerationAndDeletesNothing()
      throws IOException {
    Files.delete(index.resolve("CURRENT"));
    Run reindex =
        run("reindex", "--no-vectors", "--input", "/nonexistent", "--index", index.toString());
    assertEquals(1, reindex.status());
    assertEquals(lostCurrentMessage("reindex", "there is no CURRENT"), reindex.err());
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000003"), generations());
  }

  @Test
  void anEmptyCurrentStopsIndexAndReindexAlike() throws IOException {
    Files.write(index.resolve("CURRENT"), new byte[0]);
    Run update = run("index", "--input", input.toString(), "--index", index.toString());
    assertEquals(1, update.status());
    assertEquals(lostCurrentMessage("index", "CURRENT is empty"), update.err());
    Run reindex =
        run("reindex", "--no-vectors", "--input", input.toString(), "--index", index.toString());
    assertEquals(lostCurrentMessage("reindex", "CURRENT is empty"), reindex.err());
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000003"), generations());
  }

  @Test
  void rollbackToTheNamedGenerationServesItAgainAndWritersWorkAfterwards() throws IOException {
    Files.delete(index.resolve("CURRENT"));
    Run rollback = run("rollback", "--to", "gen-000003", "--index", index.toString());
    assertEquals(0, rollback.status(), rollback.err());
    assertEquals("now serving gen-000003\n", rollback.out());
    assertEquals(
        0, run("index", "--input", input.toString(), "--index", index.toString()).status());
    assertEquals(
        0,
        run("reindex", "--no-vectors", "--input", input.toString(), "--index", index.toString())
            .status());
    assertEquals(List.of("gen-000002", "gen-000003", "gen-000004"), generations());
  }

  @Test
  void rollbackRefusesACorruptPreviousGenerationAndKeepsTheServedOne() throws IOException {
    truncateToHalf(compoundFile(index.resolve("gen-000002")));
    Run rollback = run("rollback", "--index", index.toString());
    assertEquals(1, rollback.status());
    assertTrue(
        rollback
            .err()
            .startsWith(
                "newsearch rollback: cannot roll back: the previous generation"
                    + " gen-000002 at "
                    + index
                    + " is corrupt: file _0.cfs"),
        rollback.err());
    assertTrue(rollback.err().endsWith("; still serving gen-000003\n"), rollback.err());
    assertFalse(rollback.err().contains("\tat "), "no stack trace");
    assertEquals(index.resolve("gen-000003"), new IndexGenerations(index).current().orElseThrow());
    assertEquals(List.of("gen-000001", "gen-000002", "gen-000003"), generations());
  }
}
