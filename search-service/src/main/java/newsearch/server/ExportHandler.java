package newsearch.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import newsearch.search.InvalidRequestException;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.analytics.ExportConfig;
import newsearch.search.analytics.ExportField;
import newsearch.search.analytics.ExportFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * {@code GET /api/export?q=...&format=csv&fields=id,title&sort=date} on the admin listener: streams
 * every match as CSV or JSON Lines. A bad parameter, or more matches than {@link
 * ExportConfig#maxRows}, is a 400 with a JSON error before any row is sent; a failure once rows are
 * flowing can only be logged, and the connection is closed so the client sees the export cut short
 * rather than complete.
 */
final class ExportHandler implements HttpHandler {

  /** The response header that holds the number of rows the export will hold. */
  static final HttpString TOTAL = new HttpString("X-Export-Total");

  private static final Logger log = LoggerFactory.getLogger(ExportHandler.class);

  private final NewsSearcher searcher;
  private final ExportConfig config;

  ExportHandler(NewsSearcher searcher, ExportConfig config) {
    this.searcher = searcher;
    this.config = config;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    try {
      ExportFormat format = ExportFormat.parse(SearchParameters.first(params, "format"));
      List<ExportField> fields = ExportField.parseList(SearchParameters.first(params, "fields"));
      searcher
          .analytics()
          .export(
              SearchParameters.filters(params),
              fields,
              config,
              total -> {
                exchange.setStatusCode(StatusCodes.OK);
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, format.contentType());
                exchange.getResponseHeaders().put(TOTAL, total);
                exchange
                    .getResponseHeaders()
                    .put(
                        Headers.CONTENT_DISPOSITION,
                        "attachment; filename=\"export." + format.extension() + "\"");
                exchange.startBlocking();
                return format.open(
                    new BufferedWriter(
                        new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8)),
                    fields);
              });
      exchange.endExchange();
    } catch (InvalidRequestException e) {
      JsonHandler.send(exchange, StatusCodes.BAD_REQUEST, ErrorBody.of(e.code(), e.getMessage()));
    } catch (Exception e) {
      log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      if (exchange.isResponseStarted()) {
        IoUtils.safeClose(exchange.getConnection());
      } else {
        JsonHandler.send(
            exchange,
            StatusCodes.INTERNAL_SERVER_ERROR,
            ErrorBody.of("internal_error", "the server could not answer this request"));
      }
    }
  }
}
