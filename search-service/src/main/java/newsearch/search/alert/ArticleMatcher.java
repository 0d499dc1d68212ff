package newsearch.search.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.search.NewsSearcher;
import newsearch.search.index.NewArticle;
import newsearch.search.index.SearchablePosition;

/**
 * Matches the articles that became searchable since the last round against the saved searches, and
 * records the matches with the new mark in one transaction ({@link AlertStore#record}). It reads
 * what the searcher serves, so it sees every writer alike (a command's update, an admin POST, a new
 * generation) at the searcher's refresh, and only articles new to the index, by their stamps.
 *
 * <p>Run from one thread, {@link #matchNew} at a time.
 */
final class ArticleMatcher {

  /** Characters of the body that stand for the summary of an article without one. */
  static final int SUMMARY_CHARS = 300;

  private final NewsSearcher searcher;
  private final AlertStore store;
  private final MatchIndex index;
  private final int batch;
  private final Clock clock;

  ArticleMatcher(
      NewsSearcher searcher, AlertStore store, MatchIndex index, int batch, Clock clock) {
    this.searcher = searcher;
    this.store = store;
    this.index = index;
    this.batch = batch;
    this.clock = clock;
  }

  /** Marks what is searchable now as matched, when nothing has been matched before. */
  void startAtTheNewest() throws IOException {
    if (store.matchedThrough().isEmpty()) {
      store.markMatched(searcher.lastSearchable().orElse(SearchablePosition.START));
    }
  }

  /**
   * Matches every article that became searchable after the mark, a batch at a time.
   *
   * @return how many new matches were recorded
   */
  int matchNew() throws IOException {
    int recorded = 0;
    while (true) {
      SearchablePosition through = store.matchedThrough().orElse(SearchablePosition.START);
      List<NewArticle> fresh = searcher.searchableAfter(through, batch);
      if (fresh.isEmpty()) {
        return recorded;
      }
      SearchablePosition last = fresh.get(fresh.size() - 1).position();
      if (index.size() == 0) {
        store.markMatched(last);
      } else {
        recorded += store.record(matches(fresh), last);
      }
      if (fresh.size() < batch) {
        return recorded;
      }
    }
  }

  private List<AlertStore.Matched> matches(List<NewArticle> fresh) throws IOException {
    List<Article> articles = fresh.stream().map(NewArticle::article).toList();
    Instant now = clock.instant();
    List<AlertStore.Matched> found = new ArrayList<>();
    for (Map.Entry<String, List<Article>> hit : index.match(articles).entrySet()) {
      for (Article article : hit.getValue()) {
        found.add(new AlertStore.Matched(hit.getKey(), copy(article, now)));
      }
    }
    return found;
  }

  /** What the feed and the webhook show of a matched article. */
  static AlertMatch copy(Article article, Instant matched) {
    String summary = article.summary();
    if (summary == null || summary.isBlank()) {
      String body = article.body() == null ? "" : article.body().strip();
      summary = body.length() <= SUMMARY_CHARS ? body : body.substring(0, SUMMARY_CHARS) + "…";
    }
    return new AlertMatch(
        article.id(),
        article.title(),
        summary,
        article.url(),
        article.section().isEmpty() ? null : article.section().display(),
        article.date() == null ? null : article.date().toString(),
        matched);
  }
}
