package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.LiveIndexUpdater;
import newsearch.ingest.CollectingSink;
import newsearch.search.NewsSearcher;

/**
 * {@code POST /admin/articles}: the body is JSON Lines; each article is added or replaced by id, in
 * one commit, and the searcher is refreshed before the answer so the change is searchable. The body
 * has been received in full by a {@link BufferedBody} before this runs. A bad line (not JSON, over
 * the record limit, a field beyond the index's limits) costs only itself: the answer is 200 with
 * the rejected lines in the report, and 400 only when no line held an article.
 */
final class AdminIndexHandler extends JsonHandler {

  private static final Path BODY = Path.of("request body");

  private final NewsSearcher searcher;
  private final IndexGenerations index;
  private final LiveIndexUpdater updater;

  AdminIndexHandler(NewsSearcher searcher, IndexGenerations index, LiveIndexUpdater updater) {
    this.searcher = searcher;
    this.index = index;
    this.updater = updater;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    CollectingSink body;
    try (Reader in = new InputStreamReader(BufferedBody.of(exchange), StandardCharsets.UTF_8)) {
      body = updater.readJsonLines(in, BODY);
    }
    if (body.articles().isEmpty()) {
      throw new ApiException(
          400,
          "no_articles",
          "the body held no article"
              + (body.rejections().isEmpty() ? "" : ": " + body.rejections().getFirst()));
    }
    // Refreshed first too: a published generation this service refuses to serve (a corrupt one)
    // answers 409 here and is not written to.
    searcher.refresh();
    var report = updater.index(body, index);
    searcher.refresh();
    return report;
  }
}
