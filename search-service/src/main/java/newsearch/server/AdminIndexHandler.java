package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.LiveIndexUpdater;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.JsonLinesReader;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.search.NewsSearcher;

/**
 * {@code POST /admin/articles}: the body is JSON Lines; each article is added or replaced by id, in
 * one commit, and the searcher is refreshed before the answer so the change is searchable.
 */
final class AdminIndexHandler extends JsonHandler {

  private static final Path BODY = Path.of("request body");

  private final NewsSearcher searcher;
  private final IndexGenerations index;
  private final LiveIndexUpdater updater;
  private final long maxBodyBytes;

  AdminIndexHandler(
      NewsSearcher searcher, IndexGenerations index, LiveIndexUpdater updater, long maxBodyBytes) {
    this.searcher = searcher;
    this.index = index;
    this.updater = updater;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    exchange.setMaxEntitySize(maxBodyBytes);
    exchange.startBlocking();
    CollectingSink body = new CollectingSink();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(exchange.getInputStream(), StandardCharsets.UTF_8))) {
      new JsonLinesReader().read(in, BODY, body);
    }
    List<String> rejected = body.rejections().stream().map(Rejection::toString).toList();
    List<Article> articles = body.articles();
    if (articles.isEmpty()) {
      throw new ApiException(
          400,
          "no_articles",
          "the body held no article" + (rejected.isEmpty() ? "" : ": " + rejected.get(0)));
    }
    // Refreshed first too: a published generation this service refuses to serve (a corrupt one)
    // answers 409 here and is not written to.
    searcher.refresh();
    var report = updater.index(articles, rejected, index);
    searcher.refresh();
    return report;
  }
}
