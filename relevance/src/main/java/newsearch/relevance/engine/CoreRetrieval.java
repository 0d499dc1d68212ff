package newsearch.relevance.engine;

import java.io.IOException;
import java.util.List;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.retrieval.RankedRetrieval;
import newsearch.search.NewsSearcher;

/**
 * Retrieval in-process through {@link NewsSearcher}: the same query parsing, analysis and ranking
 * as the service. Does not own the searcher. Topics in prose go through {@link TopicText#reading}.
 */
public final class CoreRetrieval implements RankedRetrieval {

  private final NewsSearcher searcher;

  /** Retrieval from {@code searcher}, with queries in the search syntax. */
  public CoreRetrieval(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public List<ScoredDoc> search(String qid, String queryText, int depth) throws IOException {
    return searcher.rank(queryText, depth).stream()
        .map(hit -> new ScoredDoc(hit.id(), hit.score()))
        .toList();
  }
}
