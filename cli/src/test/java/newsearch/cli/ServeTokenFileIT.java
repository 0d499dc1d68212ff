package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsearch serve} in a child JVM warns, on its error output and in its log, when the admin
 * token file can be read by users other than its owner, and says how to fix it.
 */
class ServeTokenFileIT {

  private static final Pattern SERVING = Pattern.compile(Pattern.quote("newsearch is serving"));

  @TempDir Path dir;

  @Test
  void aTokenFileOthersCanReadIsWarnedAboutWithTheFix() throws Exception {
    Path token = dir.resolve("admin.token");
    Files.writeString(token, "token-for-the-warning-test-0123\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
    Path output = dir.resolve("serve.out");
    Path errors = dir.resolve("serve.err");
    Process serve =
        ChildCommand.builder(
                ChildCommand.serveArgs(
                    dir.resolve("index"), "--admin-token-file", token.toString()))
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .start();
    try {
      String expected =
          "the admin token file "
              + token
              + " can be read by users other than its owner (permissions rw-r--r--);"
              + " restrict it: chmod 600 "
              + token;
      ChildCommand.awaitOutput(serve, output, SERVING, errors);
      String seen = Files.readString(errors, StandardCharsets.UTF_8);
      assertTrue(seen.contains("warning: " + expected), seen);
      assertTrue(seen.contains("WARN  n.cli.ServeCommand - " + expected), seen);
    } finally {
      ChildCommand.stop(serve);
    }
  }
}
