package newsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared test data that sits beside the repository ({@code ../shared}). Tests that use it
 * skip when it is absent, as on a fresh machine.
 */
final class SharedData {

  private SharedData() {}

  /** {@code relative} inside the shared folder, or a path that does not exist. */
  static Path path(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isDirectory(shared.resolve("data")) || Files.isDirectory(shared.resolve("seeds"))) {
        return shared.resolve(relative);
      }
    }
    return Path.of("/nonexistent/shared").resolve(relative);
  }
}
