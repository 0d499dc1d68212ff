package newsearch.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SectionNames;
import newsearch.search.TestIndex;

/**
 * A real {@link SearchServer} on a free local port over a real index of the bundled sample corpus
 * (or of given articles), built in a directory the caller provides. Closing it stops the server and
 * closes the index.
 */
final class SampleServer implements AutoCloseable {

  private final NewsSearcher searcher;
  private final SearchServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private SampleServer(NewsSearcher searcher, SearchServer server) {
    this.searcher = searcher;
    this.server = server;
  }

  /** Indexes the sample into {@code indexDir} and starts serving it. */
  static SampleServer start(Path indexDir) throws IOException {
    return start(indexDir, SearchConfig.DEFAULTS);
  }

  /** Indexes the sample into {@code indexDir} and starts serving it under {@code config}. */
  static SampleServer start(Path indexDir, SearchConfig config) throws IOException {
    IndexGenerations generations = new IndexGenerations(indexDir);
    new IndexStore(generations).reindex(List.of(sampleArticles()), p -> {});
    NewsSearcher searcher = NewsSearcher.open(generations, new NewsSchema(), config);
    return new SampleServer(
        searcher,
        SearchServer.start(searcher, ServerConfig.builder().host("127.0.0.1").port(0).build()));
  }

  /**
   * Indexes {@code articles} into {@code indexDir} and serves them under {@code config}, showing
   * sections by {@code names}.
   */
  static SampleServer over(
      Path indexDir, List<Article> articles, SearchConfig config, SectionNames names)
      throws IOException {
    IndexGenerations generations = TestIndex.build(indexDir, articles);
    NewsSearcher searcher = NewsSearcher.open(generations, new NewsSchema(), config);
    return new SampleServer(
        searcher,
        SearchServer.start(
            searcher,
            ServerConfig.builder().host("127.0.0.1").port(0).sectionNames(names).build()));
  }

  /**
   * The bundled sample, {@code index-data/articles} in the repository root, found by walking up
   * from the module directory that the test runs in.
   */
  static Path sampleArticles() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path articles = dir.resolve("index-data").resolve("articles");
      if (Files.isDirectory(articles)) {
        return articles;
      }
    }
    throw new IllegalStateException("no index-data/articles above " + Path.of("").toAbsolutePath());
  }

  /** The absolute URL of {@code pathAndQuery} on this server. */
  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  /** A GET request to this server, answered as text. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
    http.close();
  }
}
