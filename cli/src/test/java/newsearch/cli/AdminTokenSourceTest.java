package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The admin token comes from the named file, else from the environment, never from an option. */
class AdminTokenSourceTest {

  private static final String FROM_ENVIRONMENT = "token-from-the-environment-0123";

  @TempDir Path dir;

  @Test
  void theNamedFileWinsOverTheEnvironment() throws IOException {
    Path file = dir.resolve("admin.token");
    Files.writeString(file, "token-from-the-file-0123456789\n", StandardCharsets.UTF_8);
    AdminTokenSource source =
        new AdminTokenSource(Map.of(AdminTokenSource.VARIABLE, FROM_ENVIRONMENT));
    assertEquals("token-from-the-file-0123456789\n", source.token(file));
  }

  @Test
  void withoutAFileTheVariableGivesTheToken() throws IOException {
    AdminTokenSource source =
        new AdminTokenSource(Map.of("NEWSEARCH_ADMIN_TOKEN", FROM_ENVIRONMENT));
    assertEquals(FROM_ENVIRONMENT, source.token(null));
  }

  @Test
  void withNeitherThereIsNoToken() throws IOException {
    assertNull(new AdminTokenSource(Map.of("NEWSEARCH_ADMIN_HOST", "0.0.0.0")).token(null));
  }

  @Test
  void serveHasNoOptionThatTakesTheTokenItself() {
    CommandLine serve = new CommandLine(new ServeCommand());
    assertEquals(
        List.of("--admin-token-file"),
        serve.getCommandSpec().options().stream()
            .flatMap(option -> Arrays.stream(option.names()))
            .filter(name -> name.startsWith("--admin-token"))
            .toList());
  }
}
