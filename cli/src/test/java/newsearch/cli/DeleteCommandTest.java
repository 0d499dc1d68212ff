package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code delete} names each id it did not find and then exits with 1; the others are deleted. */
class DeleteCommandTest {

  @TempDir Path dir;
  private Path index;

  @BeforeEach
  void twoArticles() throws Exception {
    Path input = dir.resolve("wire.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"w1\",\"title\":\"Lock gates replaced\",\"body\":\"The canal reopens.\"}\n"
            + "{\"id\":\"w2\",\"title\":\"Towpath resurfaced\",\"body\":\"Cyclists return.\"}\n",
        StandardCharsets.UTF_8);
    index = dir.resolve("index");
    InProcessCommand cli = new InProcessCommand();
    assertEquals(
        0,
        cli.run(
            "reindex", "--no-vectors", "--input", input.toString(), "--index", index.toString()));
  }

  @Test
  void anIdTheIndexDoesNotHaveIsNamedAndTheStatusIsOne() {
    InProcessCommand delete = new InProcessCommand();
    assertEquals(1, delete.run("delete", "--id", "nope", "--index", index.toString()));
    assertEquals("gen-000001: 0 deleted\n", delete.out());
    assertEquals("newsearch delete: no article with id nope\n", delete.err());
  }

  @Test
  void theIdsFoundAreDeletedEvenWhenOthersAreNot() {
    InProcessCommand delete = new InProcessCommand();
    assertEquals(1, delete.run("delete", "--id", "w1", "nope", "--index", index.toString()));
    assertEquals("gen-000001: 1 deleted\n", delete.out());
    assertEquals("newsearch delete: no article with id nope\n", delete.err());
    InProcessCommand again = new InProcessCommand();
    assertEquals(0, again.run("delete", "--id", "w2", "--index", index.toString()));
    assertEquals("gen-000001: 1 deleted\n", again.out());
    assertEquals("", again.err());
  }
}
