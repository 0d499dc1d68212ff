package newsearch.relevance.engine;

import java.io.IOException;
import java.util.List;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.retrieval.RankedRetrieval;
import newsearch.search.NewsSearcher;

/**
 * Retrieval in-process through {@link NewsSearcher}: the same query parsing, analysis and ranking
 * as the service. Does not own the searcher.
 */
public final class CoreRetrieval implements RankedRetrieval {

  private final NewsSearcher searcher;
  private final boolean operators;

  /**
   * @param searcher the search core to query
   * @param operators whether topics use the search syntax; if not they are read as plain words
   */
  public CoreRetrieval(NewsSearcher searcher, boolean operators) {
    this.searcher = searcher;
    this.operators = operators;
  }

  @Override
  public List<ScoredDoc> search(String qid, String queryText, int depth) throws IOException {
    String query = operators ? queryText : TopicText.plain(queryText);
    return searcher.rank(query, depth).stream()
        .map(hit -> new ScoredDoc(hit.id(), hit.score()))
        .toList();
  }
}
