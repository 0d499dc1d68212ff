package newsearch.relevance.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.Topic;

/**
 * Runs every topic through a {@link RankedRetrieval} and collects a {@link Run} with tie-safe
 * scores.
 *
 * <p>Evaluation tools break score ties differently (trec_eval by document id, others by the rank
 * column or by input order), and a search system may order equal scores differently from one index
 * build to the next. So each query's results are put in trec_eval's order (score descending, equal
 * scores by document id descending) and every score that equals or exceeds the one before is
 * lowered to the next representable double below it. The scores then strictly decrease: every tool
 * reads the same ranking, the same one trec_eval would read from the system's own scores, and
 * scores without ties are left exactly as the system gave them.
 */
public final class RunBuilder {

  private final RankedRetrieval retrieval;
  private final String tag;
  private final int depth;

  /**
   * Creates a builder.
   *
   * @param retrieval the system to query
   * @param tag the run's tag
   * @param depth the results to ask for and keep per topic, such as 1000
   */
  public RunBuilder(RankedRetrieval retrieval, String tag, int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be positive, not " + depth);
    }
    this.retrieval = retrieval;
    this.tag = tag;
    this.depth = depth;
  }

  /**
   * Searches every topic in order. A topic without results is left out of the run, where an
   * evaluation counts it as zero.
   *
   * @throws IOException if the system fails on a topic
   * @throws IllegalStateException if the system returns a document twice for one topic: trec_eval
   *     refuses such a run, and it points to a fault in the system worth seeing at once
   */
  public Run build(List<Topic> topics) throws IOException {
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    for (Topic topic : topics) {
      List<ScoredDoc> results = retrieval.search(topic.id(), topic.text(), depth);
      if (!results.isEmpty()) {
        rankings.put(topic.id(), tieSafe(topic.id(), results));
      }
    }
    return new Run(tag, rankings);
  }

  private List<ScoredDoc> tieSafe(String qid, List<ScoredDoc> results) {
    Set<String> seen = new HashSet<>();
    for (ScoredDoc doc : results) {
      if (!seen.add(doc.docId())) {
        throw new IllegalStateException(
            "the system returned document " + doc.docId() + " twice for query " + qid);
      }
    }
    List<ScoredDoc> ordered = new ArrayList<>(results);
    ordered.sort(ScoredDoc.TREC_EVAL_ORDER);
    List<ScoredDoc> safe = new ArrayList<>(Math.min(depth, ordered.size()));
    double previous = Double.POSITIVE_INFINITY;
    for (ScoredDoc doc : ordered.subList(0, Math.min(depth, ordered.size()))) {
      double score = doc.score() < previous ? doc.score() : Math.nextDown(previous);
      safe.add(new ScoredDoc(doc.docId(), score));
      previous = score;
    }
    return safe;
  }
}
