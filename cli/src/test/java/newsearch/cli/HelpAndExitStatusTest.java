package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subcommand, the ones to come included, answers {@code --help} and {@code -h} with its usage
 * and exit status 0; the bare command prints its usage on the error output and exits with 1.
 */
class HelpAndExitStatusTest {

  /** Every registered subcommand with each help flag, read from the command line itself. */
  static Stream<List<String>> subcommandsAndHelpFlags() {
    return Newsearch.commandLine().getSubcommands().keySet().stream()
        .flatMap(name -> Stream.of(List.of(name, "--help"), List.of(name, "-h")));
  }

  @ParameterizedTest(name = "newsearch {0}")
  @MethodSource("subcommandsAndHelpFlags")
  void everySubcommandPrintsItsUsageForHelpAndExitsZero(List<String> args) {
    InProcessCommand cli = new InProcessCommand();
    assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
    // The help command puts a header line before its usage; the others start with it.
    assertTrue(("\n" + cli.out()).contains("\nUsage: newsearch " + args.get(0) + " "), cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void theSubcommandsIncludeSearchAndServe() {
    assertTrue(
        Newsearch.commandLine()
            .getSubcommands()
            .keySet()
            .containsAll(List.of("reindex", "index", "delete", "serve", "search", "help")));
  }

  @Test
  void theBareCommandAnswersHelpWithItsUsage() {
    for (String flag : List.of("--help", "-h")) {
      InProcessCommand cli = new InProcessCommand();
      assertEquals(0, cli.run(flag));
      assertTrue(cli.out().startsWith("Usage: newsearch [-hV] [COMMAND]"), cli.out());
    }
  }

  @Test
  void theBareCommandPrintsItsUsageOnTheErrorOutputAndExitsOne() {
    InProcessCommand cli = new InProcessCommand();
    assertEquals(Newsearch.NO_COMMAND, cli.run());
    assertEquals(1, Newsearch.NO_COMMAND);
    assertEquals("", cli.out());
    assertTrue(cli.err().startsWith("Usage: newsearch [-hV] [COMMAND]"), cli.err());
    assertTrue(cli.err().contains("  search  "), cli.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithStatusTwo() {
    InProcessCommand cli = new InProcessCommand();
    assertEquals(2, cli.run("search", "--colour"));
    assertTrue(cli.err().startsWith("Unknown option: '--colour'"), cli.err());
    assertFalse(cli.err().contains("\tat "), cli.err());
  }
}
