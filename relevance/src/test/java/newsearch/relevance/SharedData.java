package newsearch.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's shared data, which lies beside the repository's clone ({@code X/../shared}),
 * by walking up from the working directory so that tests run from the module or the root find it.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The folder {@code shared/data/<relative>}, if some ancestor of the working directory has it.
   */
  public static Optional<Path> folder(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
