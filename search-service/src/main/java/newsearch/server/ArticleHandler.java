package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import newsearch.search.NewsSearcher;

/** {@code GET /api/articles/{id}}: the stored article, or 404 for an unknown id. */
final class ArticleHandler extends JsonHandler {

  /** The route's fixed part; the rest of the path is the id. */
  static final String PREFIX = "/api/articles/";

  private final NewsSearcher searcher;

  ArticleHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = articleId(exchange, "");
    return searcher
        .article(id)
        .orElseThrow(
            () -> new ApiException(StatusCodes.NOT_FOUND, "not_found", "no article with id " + id));
  }

  /**
   * The id from the raw path between {@link #PREFIX} and {@code suffix} (which the path ends with),
   * decoded once: ids that are URLs arrive with their slashes percent-encoded, which the router
   * would otherwise leave half-decoded.
   */
  static String articleId(HttpServerExchange exchange, String suffix) {
    String rest = afterPrefix(exchange);
    String encoded = rest.substring(0, rest.length() - suffix.length());
    try {
      return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          StatusCodes.BAD_REQUEST, "invalid_id", "article id is not properly percent-encoded");
    }
  }

  /** The raw, still encoded path after {@link #PREFIX}. */
  static String afterPrefix(HttpServerExchange exchange) {
    String raw = exchange.getRequestURI();
    return raw.substring(raw.indexOf(PREFIX) + PREFIX.length());
  }
}
