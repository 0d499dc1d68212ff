package newsearch.server;

import io.undertow.server.HttpServerExchange;

/**
 * An answer of a {@link JsonHandler} that is not JSON, such as a feed: it writes its own status,
 * headers and body. Errors on the way to it are JSON like every other.
 */
interface RawAnswer {

  /** Writes the status, the headers and the body. */
  void send(HttpServerExchange exchange);
}
