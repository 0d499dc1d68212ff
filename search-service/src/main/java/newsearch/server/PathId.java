package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads an article id from the raw request path, decoded once. Ids that are URLs arrive with their
 * slashes percent-encoded, which the router would otherwise leave half-decoded; a {@code +} in a
 * path is a plus, not a space.
 */
final class PathId {

  private PathId() {}

  /** The raw, still encoded path after {@code prefix}. */
  static String rest(String prefix, HttpServerExchange exchange) {
    String raw = exchange.getRequestURI();
    return raw.substring(raw.indexOf(prefix) + prefix.length());
  }

  /** The id that follows {@code prefix} in the path, up to {@code suffix} (may be empty). */
  static String between(String prefix, String suffix, HttpServerExchange exchange) {
    String rest = rest(prefix, exchange);
    String encoded = rest.substring(0, rest.length() - suffix.length());
    try {
      String id = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (id.isBlank()) {
        throw new ApiException(StatusCodes.BAD_REQUEST, "invalid_id", "the article id is empty");
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          StatusCodes.BAD_REQUEST, "invalid_id", "article id is not properly percent-encoded");
    }
  }

  /** The id that follows {@code prefix} to the end of the path. */
  static String after(String prefix, HttpServerExchange exchange) {
    return between(prefix, "", exchange);
  }
}
