package newsearch.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import newsearch.schema.Article;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.TestIndex;

/** A real server on a free port over a small index, with a client for GET requests. */
final class RunningServer implements AutoCloseable {

  private final NewsSearcher searcher;
  private final SearchServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  RunningServer(Path dir, List<Article> articles) throws IOException {
    searcher = TestIndex.open(dir, articles, SearchConfig.DEFAULTS);
    server = SearchServer.start(searcher, new ServerConfig("localhost", 0, 60_000));
  }

  /** GETs {@code pathAndQuery}, which must be encoded already. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    URI uri = URI.create("http://localhost:" + server.port() + pathAndQuery);
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
  }
}
