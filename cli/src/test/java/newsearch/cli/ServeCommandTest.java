package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
}
