package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses a feed holds, absolute as Atom wants them: on the host and port the feed was
 * requested from, so that they work wherever the service is reached.
 */
final class FeedLinks {

  private final String base;

  private FeedLinks(String base) {
    this.base = base;
  }

  /** Links relative to where {@code exchange} was sent. */
  static FeedLinks of(HttpServerExchange exchange) {
    return new FeedLinks(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
  }

  /** The absolute address of {@code pathAndQuery}, which must be encoded already. */
  String absolute(String pathAndQuery) {
    return base + pathAndQuery;
  }

  /** The page's view of the article with {@code id}. */
  String article(String id) {
    return base + "/article/" + encoded(id);
  }

  /** The permanent id of the article with {@code id} as a feed entry, the same on every host. */
  static String entryId(String id) {
    return "urn:newsearch:article:" + encoded(id);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
