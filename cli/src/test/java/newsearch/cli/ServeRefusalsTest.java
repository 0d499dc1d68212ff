package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} refuses, in one sentence and with exit status 1, to build the sample at an index
 * path someone typed: only the default location, or a named {@code --sample}, gets one.
 */
class ServeRefusalsTest {

  @TempDir Path dir;

  private static String howToBuild(Path index) {
    return ": build one with './newsearch reindex --input PATH... --index "
        + index
        + "', or add --sample DIR to index those articles there first\n";
  }

  @Test
  void aMissingIndexDirectoryTypedOnTheCommandLineIsRefusedAndNotCreated() {
    Path typo = dir.resolve("typo-dir");
    InProcessCommand serve = new InProcessCommand();
    assertEquals(
        1, serve.run("serve", "--port", "0", "--admin-port", "0", "--index", typo.toString()));
    assertEquals(
        "newsearch serve: no index at " + typo + " (no such directory)" + howToBuild(typo),
        serve.err());
    assertEquals("", serve.out());
    assertFalse(Files.exists(typo), "nothing is created at a mistyped path");
  }

  @Test
  void anEmptyIndexDirectoryTypedOnTheCommandLineIsRefusedAndLeftEmpty() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    InProcessCommand serve = new InProcessCommand();
    assertEquals(
        1, serve.run("serve", "--port", "0", "--admin-port", "0", "--index", empty.toString()));
    assertEquals(
        "newsearch serve: no index at " + empty + " (the directory holds none)" + howToBuild(empty),
        serve.err());
    try (var entries = Files.list(empty)) {
      assertEquals(0, entries.count());
    }
  }
}
