package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.DateUtils;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;

/**
 * A feed with its validators: the {@code ETag} and {@code Last-Modified} of what it was made from,
 * and {@code 304 Not Modified} without a body for a client whose {@code If-None-Match} names the
 * same tag, so that a feed reader polling every few minutes costs one header exchange while nothing
 * changed. A handler asks {@link #notModified} first and builds the feed only when it is sent in
 * full.
 */
final class FeedAnswer implements RawAnswer {

  private final String etag;
  private final Instant lastModified;
  private final AtomFeed feed;

  /**
   * @param etag the quoted entity tag, such as {@code "gen-000003.7.1a2b"}
   * @param lastModified when what the feed is made from last changed
   * @param feed the feed, or null to answer 304
   */
  FeedAnswer(String etag, Instant lastModified, AtomFeed feed) {
    this.etag = etag;
    this.lastModified = lastModified;
    this.feed = feed;
  }

  /** Whether the request's {@code If-None-Match} names {@code etag}, or {@code *}. */
  static boolean notModified(HttpServerExchange exchange, String etag) {
    HeaderValues values = exchange.getRequestHeaders().get(Headers.IF_NONE_MATCH);
    if (values == null) {
      return false;
    }
    for (String value : values) {
      for (String tag : value.split(",")) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals("*") || t.equals(etag)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void send(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(Headers.ETAG, etag);
    exchange
        .getResponseHeaders()
        .put(Headers.LAST_MODIFIED, DateUtils.toDateString(Date.from(lastModified)));
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
    if (feed == null) {
      exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
      exchange.endExchange();
      return;
    }
    exchange.setStatusCode(StatusCodes.OK);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, AtomFeed.MEDIA_TYPE);
    exchange.getResponseSender().send(ByteBuffer.wrap(feed.toXml()));
  }
}
