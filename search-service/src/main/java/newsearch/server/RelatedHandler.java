package newsearch.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import java.util.List;
import newsearch.search.Hit;
import newsearch.search.Ranking;
import newsearch.search.SearchBackend;
import newsearch.search.SearchParameters;
import newsearch.search.SectionNames;

/**
 * {@code GET /api/articles/{id}/related?size=5&ranking=lexical|semantic|hybrid}: the stories most
 * like an article, by its words, its vector or both (the configured related ranking when no ranking
 * is named), or 404 for an unknown id.
 */
final class RelatedHandler extends JsonHandler {

  /** The route's part after the id. */
  static final String SUFFIX = "/related";

  private final SearchBackend searcher;
  private final SectionNames sectionNames;

  RelatedHandler(SearchBackend searcher, SectionNames sectionNames) {
    this.searcher = searcher;
    this.sectionNames = sectionNames;
  }

  /**
   * @param hits related articles, best first, in the shape of search hits
   */
  record RelatedHits(List<Hit> hits) {}

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    String id = PathId.between(ArticleHandler.PREFIX, SUFFIX, exchange);
    int size =
        SearchParameters.whole(
            exchange.getQueryParameters(), "size", searcher.config().page().relatedCount());
    String ranking = SearchParameters.first(exchange.getQueryParameters(), "ranking");
    return searcher
        .related(id, size, ranking == null || ranking.isBlank() ? null : Ranking.parse(ranking))
        .map(hits -> new RelatedHits(sectionNames.hits(hits)))
        .orElseThrow(
            () -> new ApiException(StatusCodes.NOT_FOUND, "not_found", "no article with id " + id));
  }
}
