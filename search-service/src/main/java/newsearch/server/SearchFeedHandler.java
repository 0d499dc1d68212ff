package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.schema.Digest;
import newsearch.search.Hit;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchParameters;
import newsearch.search.SearchRequest;
import newsearch.search.SearchResponse;
import newsearch.search.index.ServedCommit;

/**
 * {@code GET /api/search.atom}: any search of {@code /api/search}, newest first, as an Atom feed.
 * Its {@code ETag} names the served generation, its commit and the request, so a feed reader that
 * sends it back gets {@code 304} until an article is added, replaced or removed; the search runs
 * only when the feed is sent.
 */
final class SearchFeedHandler extends JsonHandler {

  static final String ROUTE = "/api/search.atom";

  /** The longest summary of an entry, in characters; the rest is on the article page. */
  static final int SUMMARY_CHARS = 300;

  private final NewsSearcher searcher;

  SearchFeedHandler(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    Map<String, Deque<String>> params = new LinkedHashMap<>(exchange.getQueryParameters());
    params.put("sort", new ArrayDeque<>(List.of("date")));
    params.put("facets", new ArrayDeque<>(List.of("false")));
    SearchRequest request = SearchParameters.parse(params, searcher.config().page().pageSize());
    ServedCommit commit = searcher.servedCommit();
    String etag =
        "\""
            + commit.generation()
            + "."
            + commit.commit()
            + "."
            + Digest.sha256Hex(exchange.getQueryString(), 8)
            + "\"";
    if (FeedAnswer.notModified(exchange, etag)) {
      return new FeedAnswer(etag, commit.committed(), null);
    }
    SearchResponse response = searcher.search(request);
    FeedLinks links = FeedLinks.of(exchange);
    String query = exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString();
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (Hit hit : response.hits()) {
      entries.add(entry(hit, links, commit.committed()));
    }
    AtomFeed feed =
        new AtomFeed(
            links.absolute(ROUTE + query),
            request.query().isEmpty()
                ? "newsearch: newest articles"
                : "newsearch: " + request.query(),
            links.absolute(ROUTE + query),
            links.absolute("/" + query),
            commit.committed(),
            entries);
    return new FeedAnswer(etag, commit.committed(), feed);
  }

  private AtomFeed.Entry entry(Hit hit, FeedLinks links, Instant committed) throws Exception {
    String summary =
        searcher.article(hit.id(), SUMMARY_CHARS).map(s -> summary(s.article())).orElse(null);
    Instant updated =
        hit.date() == null
            ? committed
            : java.time.LocalDate.parse(hit.date()).atStartOfDay().toInstant(ZoneOffset.UTC);
    return new AtomFeed.Entry(
        FeedLinks.entryId(hit.id()), hit.title(), links.article(hit.id()), updated, summary);
  }

  private static String summary(Article article) {
    String text = article.summary() != null ? article.summary() : article.body();
    if (text == null) {
      return null;
    }
    text = text.strip();
    return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
  }
}
