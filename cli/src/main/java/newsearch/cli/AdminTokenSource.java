package newsearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code serve} finds the admin token: in the file {@code --admin-token-file} names, else in
 * the environment variable {@value #VARIABLE}. The token itself is never an option, so that it
 * cannot show in {@code ps}; this is therefore the one place the command line reads the environment
 * itself (every other setting arrives through picocli's {@code ${env:...}} option defaults).
 * Immutable.
 */
final class AdminTokenSource {

  /** The environment variable that may hold the admin token. */
  static final String VARIABLE = "NEWSEARCH_ADMIN_TOKEN";

  private final Map<String, String> environment;

  /** A source reading {@code environment}, such as the process's. */
  AdminTokenSource(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** A source reading this process's environment. */
  static AdminTokenSource ofProcess() {
    return new AdminTokenSource(System.getenv());
  }

  /**
   * The token: the content of {@code file} when one is named, else the variable's value; null when
   * neither gives one, which turns the admin routes off.
   */
  String token(Path file) throws IOException {
    return file != null
        ? Files.readString(file, StandardCharsets.UTF_8)
        : environment.get(VARIABLE);
  }
}
