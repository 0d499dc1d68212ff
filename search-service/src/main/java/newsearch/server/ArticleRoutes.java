package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;

/**
 * Sends {@code /api/articles/{id}/related} to the related-articles handler and {@code
 * /api/articles/{id}} to the article handler, deciding on the raw path. The router cannot: it
 * decodes an id's {@code %3F} to {@code ?} and takes that for the start of a query string, so
 * {@code /api/articles/https%3A%2F%2Fx.example%2Fa%3Fp%3D1/related} matches its template {@code
 * {id}} rather than {@code {id}/related}.
 */
record ArticleRoutes(HttpHandler article, HttpHandler related) implements HttpHandler {
  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean isRelated =
        PathId.rest(ArticleHandler.PREFIX, exchange).endsWith(RelatedHandler.SUFFIX);
    // The metrics name the route that answers, which the router may have mistaken.
    PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    if (match != null) {
      exchange.putAttachment(
          PathTemplateMatch.ATTACHMENT_KEY,
          new PathTemplateMatch(
              ArticleHandler.PREFIX + "{id}" + (isRelated ? RelatedHandler.SUFFIX : ""),
              match.getParameters()));
    }
    (isRelated ? related : article).handleRequest(exchange);
  }
}
