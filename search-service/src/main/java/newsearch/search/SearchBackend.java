package newsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsearch.search.index.StoredArticle;
import newsearch.search.suggest.Suggestion;

/**
 * What answers searches, article look-ups, related articles and completions: the local Lucene index
 * ({@link NewsSearcher}) or a SolrCloud collection. The server's search, article, related and
 * suggest routes and the command line's {@code search} call this, so either backend serves the same
 * API and page.
 *
 * <p>Implementations are thread-safe and check requests against the limits of {@link #config} as
 * the local index does, answering {@link InvalidRequestException} for a request over them.
 */
public interface SearchBackend {

  /** The page sizes, limits and ranking knobs this backend answers by. */
  SearchConfig config();

  /**
   * One page of results with their total, facets, highlights and cursor.
   *
   * @throws InvalidRequestException when the request exceeds a configured limit
   */
  SearchResponse search(SearchRequest request) throws IOException;

  /**
   * The stored article with this id, its body cut to {@code maxBodyChars} characters; empty when no
   * article has that id.
   */
  Optional<StoredArticle> article(String id, int maxBodyChars) throws IOException;

  /**
   * The articles most like the one with {@code id}, best first, without it; empty when no article
   * has that id. {@code ranking} says whether they are found by the article's words, its vector or
   * both (null: the configured related ranking); a backend without vectors finds them by the words.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code maxPageSize}
   */
  Optional<List<Hit>> related(String id, int size, Ranking ranking) throws IOException;

  /**
   * Completions of what a user has typed so far, best first; none for blank text.
   *
   * @throws InvalidRequestException when {@code size} is outside 1 to {@code maxSuggestions}
   */
  List<Suggestion> suggest(String typed, int size) throws IOException;

  /** What is being served, for logs and {@code /ready}: a generation, or a collection. */
  String served();

  /** How many articles are being served. */
  long documents() throws IOException;
}
