package newsearch.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsearch.schema.Article;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link RunningServer} with default settings over fixed articles, shared by all tests of a
 * class: started in a new temporary directory before the first, closed and its directory deleted
 * after the last. Register it on a static field with {@code @RegisterExtension}.
 */
final class SharedServer implements BeforeAllCallback, AfterAllCallback {

  private final List<Article> articles;
  private Path dir;
  private RunningServer running;

  /** A server over exactly {@code articles}. */
  SharedServer(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("newsearch-server-");
    running = new RunningServer(dir, articles);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    running.close();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The server of the running test class. */
  RunningServer running() {
    return running;
  }
}
