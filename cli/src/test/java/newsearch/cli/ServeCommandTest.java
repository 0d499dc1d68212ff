package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How {@code serve} reads its command line, checked without starting a server. */
class ServeCommandTest {

  private static final String[] TOKEN_AS_OPTION = {"serve", "--admin-token", "typed-in-a-shell"};

  @Test
  void theAdminTokenIsNoOptionSoItNeverShowsInTheProcessList() {
    // Parsing alone first: were the option known, executing would start a server.
    assertThrows(
        CommandLine.UnmatchedArgumentException.class,
        () -> Newsearch.commandLine().parseArgs(TOKEN_AS_OPTION));

    StringWriter err = new StringWriter();
    CommandLine cli = Newsearch.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute(TOKEN_AS_OPTION), err.toString());
    assertTrue(err.toString().startsWith("Unknown options: '--admin-token'"), err.toString());
  }

  @Test
  void aSectionNamesFileThatIsNotOneIsRefusedBeforeAnythingIsBuilt(@TempDir Path dir)
      throws IOException {
    Path names = Files.writeString(dir.resolve("names.json"), "[\"acq\"]", StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    InProcessCommand newsearch = new InProcessCommand();

    int status =
        newsearch.run(
            "serve",
            "--index",
            index.toString(),
            "--port",
            "0",
            "--section-names",
            names.toString());

    assertEquals(1, status, newsearch.err());
    assertTrue(
        newsearch
            .err()
            .contains(
                names
                    + ": not a valid section names file: expected one object of section value to"
                    + " display name"),
        newsearch.err());
    assertTrue(Files.notExists(index), "no sample was built before the refusal");
  }
}
