package newsearch.relevance.retrieval;

import java.io.IOException;
import java.util.List;
import newsearch.relevance.ScoredDoc;

/** A search system as the relevance harness sees it: a query in, ranked documents out. */
@FunctionalInterface
public interface RankedRetrieval {

  /**
   * Searches for one topic.
   *
   * @param qid the topic's id, for systems that log or cache by it
   * @param queryText the query as a user would type it
   * @param depth how many results are wanted; returning more is allowed, they are cut
   * @return the results best first, with the system's scores; document ids must be unique
   * @throws IOException if the system cannot answer
   */
  List<ScoredDoc> search(String qid, String queryText, int depth) throws IOException;
}
