package newsearch.relevance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relevance judgments: for each query, the graded documents. Grades of 1 and above are relevant; 0
 * and below are judged not relevant, and nDCG gives them no gain.
 *
 * @param judgments grades by document id, by query id, in the order the queries were given
 */
public record Qrels(Map<String, Map<String, Integer>> judgments) {

  /** Copies the judgments, rejecting queries without any. */
  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach(
        (qid, grades) -> {
          TrecField.require(qid, "query id");
          if (grades.isEmpty()) {
            throw new IllegalArgumentException("query " + qid + " has no judgments");
          }
          grades.keySet().forEach(docId -> TrecField.require(docId, "document id"));
          copy.put(qid, Collections.unmodifiableMap(new LinkedHashMap<>(grades)));
        });
    judgments = Collections.unmodifiableMap(copy);
  }

  /** The judged queries, in the order given. */
  public List<String> queryIds() {
    return List.copyOf(judgments.keySet());
  }

  /** The grades of {@code qid}'s judged documents; empty if the query was not judged. */
  public Map<String, Integer> grades(String qid) {
    return judgments.getOrDefault(qid, Map.of());
  }
}
