package newsearch.server;

import com.google.gson.JsonObject;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import newsearch.schema.Json;
import newsearch.search.SearchBackend;
import newsearch.search.SectionNames;
import newsearch.search.index.StoredArticle;

/**
 * {@code GET /api/articles/{id}}: the stored article, or 404 for an unknown id. The body is cut to
 * {@link #MAX_BODY_CHARS} characters, and {@code body_truncated} says whether it was, so that an
 * old index holding a huge body cannot make each request hold it several times over; {@code
 * section_label} is the section under its display names.
 */
final class ArticleHandler extends JsonHandler {

  /** The route's fixed part; the rest of the path is the id. */
  static final String PREFIX = "/api/articles/";

  /**
   * The longest body sent: 200,000 characters, some 30,000 words, ten times a long feature; what
   * lies beyond is no article a reader scrolls through.
   */
  static final int MAX_BODY_CHARS = 200_000;

  private final SearchBackend searcher;
  private final SectionNames sectionNames;

  ArticleHandler(SearchBackend searcher, SectionNames sectionNames) {
    this.searcher = searcher;
    this.sectionNames = sectionNames;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = PathId.after(PREFIX, exchange);
    StoredArticle stored =
        searcher
            .article(id, MAX_BODY_CHARS)
            .orElseThrow(
                () ->
                    new ApiException(
                        StatusCodes.NOT_FOUND, "not_found", "no article with id " + id));
    JsonObject json = Json.GSON.toJsonTree(stored.article()).getAsJsonObject();
    json.addProperty("body_truncated", stored.bodyTruncated());
    String section =
        stored.article().section().isEmpty() ? null : stored.article().section().display();
    json.addProperty("section_label", sectionNames.path(section));
    return json;
  }
}
