package newsearch.relevance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A system's ranked results for a set of queries, as a TREC run file holds them.
 *
 * <p>Each query's documents are kept in trec_eval's order ({@link ScoredDoc#TREC_EVAL_ORDER}),
 * whatever order they were given in. A document may appear once per query: trec_eval refuses a run
 * with duplicates ({@code duplicate docs}), and so does this record.
 *
 * @param tag the run's name, written in the last column of a run file; no whitespace
 * @param rankings the results by query id, in the order the queries were given
 */
public record Run(String tag, Map<String, List<ScoredDoc>> rankings) {

  /** Copies and orders the rankings, rejecting duplicate documents. */
  public Run {
    TrecField.require(tag, "run tag");
    Map<String, List<ScoredDoc>> copy = new LinkedHashMap<>();
    rankings.forEach(
        (qid, docs) -> {
          TrecField.require(qid, "query id");
          Set<String> seen = new HashSet<>();
          for (ScoredDoc doc : docs) {
            if (!seen.add(doc.docId())) {
              throw new IllegalArgumentException(
                  "query " + qid + " lists document " + doc.docId() + " twice");
            }
          }
          List<ScoredDoc> ordered = new ArrayList<>(docs);
          ordered.sort(ScoredDoc.TREC_EVAL_ORDER);
          copy.put(qid, Collections.unmodifiableList(ordered));
        });
    rankings = Collections.unmodifiableMap(copy);
  }

  /** The queries with results, in the order given. */
  public List<String> queryIds() {
    return List.copyOf(rankings.keySet());
  }

  /** {@code qid}'s results best first; empty if the run has none for it. */
  public List<ScoredDoc> ranking(String qid) {
    return rankings.getOrDefault(qid, List.of());
  }
}
