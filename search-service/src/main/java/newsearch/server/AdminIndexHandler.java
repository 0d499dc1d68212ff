package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ParsedInput;
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
  private final IndexStore store;

  AdminIndexHandler(NewsSearcher searcher, IndexStore store) {
    this.searcher = searcher;
    this.store = store;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    ParsedInput body;
    try (Reader in = new InputStreamReader(BufferedBody.of(exchange), StandardCharsets.UTF_8)) {
      body = store.read(in, BODY);
    }
    if (!body.hasArticles()) {
      throw new ApiException(
          400,
          "no_articles",
          "the body held no article" + body.firstRejection().map(r -> ": " + r).orElse(""));
    }
    // Refreshed first too: a published generation this service refuses to serve (a corrupt one)
    // answers 409 here and is not written to.
    searcher.refresh();
    var report = store.update(body);
    searcher.refresh();
    return report;
  }
}
