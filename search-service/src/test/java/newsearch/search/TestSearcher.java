package newsearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsearch.schema.Article;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A searcher with the default configuration over fixed articles, built afresh in a new temporary
 * directory before each test; after the test it closes the searcher and deletes the directory.
 * Register it with {@code @RegisterExtension}. Not thread-safe; the searcher it hands out is.
 */
public final class TestSearcher implements BeforeEachCallback, AfterEachCallback {

  private final List<Article> articles;
  private Path dir;
  private NewsSearcher searcher;

  /** A searcher over exactly {@code articles}. */
  public TestSearcher(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("newsearch-test-");
    searcher = TestIndex.open(dir, articles, SearchConfig.DEFAULTS);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    searcher.close();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The searcher of the running test. */
  public NewsSearcher searcher() {
    return searcher;
  }

  /** Where the running test's index generations are, to publish new ones. */
  public Path dir() {
    return dir;
  }
}
