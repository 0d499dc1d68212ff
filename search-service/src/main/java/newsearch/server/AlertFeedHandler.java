package newsearch.server;

import io.undertow.server.HttpServerExchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsearch.search.alert.AlertMatch;
import newsearch.search.alert.SavedSearch;
import newsearch.search.alert.SavedSearches;

/**
 * {@code GET /api/alerts/{id}/feed.atom}: the articles a saved search matched, newest first, as an
 * Atom feed. Public, so a feed reader can poll it: the id is unguessable and is the only key. Its
 * {@code ETag} names the newest match, so polling while nothing matched costs a {@code 304}.
 */
final class AlertFeedHandler extends JsonHandler {

  static final String SUFFIX = "/feed.atom";

  private final SavedSearches alerts;

  AlertFeedHandler(SavedSearches alerts) {
    this.alerts = alerts;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = AlertHandler.id(exchange);
    SavedSearch search = alerts.get(id).orElseThrow(() -> AlertHandler.notFound(id));
    List<AlertMatch> matches = alerts.feed(id).orElseThrow(() -> AlertHandler.notFound(id));
    Instant updated = matches.isEmpty() ? search.created() : matches.get(0).matched();
    String etag = "\"" + id + "." + matches.size() + "." + updated.toEpochMilli() + "\"";
    if (FeedAnswer.notModified(exchange, etag)) {
      return new FeedAnswer(etag, updated, null);
    }
    FeedLinks links = FeedLinks.of(exchange);
    List<AtomFeed.Entry> entries = new ArrayList<>();
    for (AlertMatch match : matches) {
      entries.add(
          new AtomFeed.Entry(
              FeedLinks.entryId(match.articleId()),
              match.title() == null ? match.articleId() : match.title(),
              links.article(match.articleId()),
              match.matched(),
              match.summary()));
    }
    String self = links.absolute(AlertHandler.PREFIX + id + SUFFIX);
    return new FeedAnswer(
        etag,
        updated,
        new AtomFeed(
            "urn:newsearch:alert:" + id,
            "newsearch: " + search.name(),
            self,
            links.absolute("/?q=" + URLEncoder.encode(search.query(), StandardCharsets.UTF_8)),
            updated,
            entries));
  }
}
