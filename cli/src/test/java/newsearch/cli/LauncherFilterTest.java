package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's filter of the JVM's error output, run by bash as the launcher defines it: it drops
 * the incubator-module line and nothing else, and passes a bar redrawn with carriage returns
 * through as it is, without waiting for a line to end.
 */
class LauncherFilterTest {

  private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector\n";

  /**
   * The launcher script, {@code newsearch} beside {@code index-data} above the working directory.
   */
  private static Path launcher() {
    return ChildCommand.sampleArticles().getParent().resolveSibling("newsearch");
  }

  /** What the launcher's {@code drop_incubator_warning} makes of {@code input}. */
  private static String filtered(String input) throws Exception {
    String definition = functionDefinition(Files.readString(launcher(), StandardCharsets.UTF_8));
    Process bash =
        new ProcessBuilder("bash", "-c", definition + "\ndrop_incubator_warning")
            .redirectErrorStream(true)
            .start();
    bash.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    bash.getOutputStream().close();
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "the filter hung");
    return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static String functionDefinition(String script) throws IOException {
    int start = script.indexOf("drop_incubator_warning() {");
    int end = script.indexOf("\n}\n", start);
    assertTrue(start >= 0 && end > start, "the launcher defines drop_incubator_warning");
    return script.substring(start, end + 2);
  }

  @Test
  void dropsTheIncubatorLineAndKeepsEverythingAfterItByteForByte() throws Exception {
    String rest =
        "\r\033[K[###...] 10%  100 articles\r\033[K04:00:00.000 WARN  skipped\n"
            + "\r\033[K[######] 20%  200 articles";
    assertEquals(rest, filtered(WARNING + rest));
  }

  @Test
  void keepsAFirstLineThatIsAnythingElse() throws Exception {
    assertEquals(
        "newsearch serve: port 8080 is in use\n",
        filtered("newsearch serve: port 8080 is in use\n"));
  }

  @Test
  void keepsAFirstLineWithoutAnEnd() throws Exception {
    assertEquals("[#.....] 5%", filtered("[#.....] 5%"));
  }

  @Test
  void theLauncherIsValidBash() throws Exception {
    Process check = new ProcessBuilder("bash", "-n", launcher().toString()).start();
    assertTrue(check.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, check.exitValue(), new String(check.getErrorStream().readAllBytes()));
  }
}
