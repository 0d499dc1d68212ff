package newsearch.bench.vector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;

/**
 * Reciprocal rank fusion of whole runs: a document scores the sum over the runs of {@code 1 / (k +
 * rank)}, its rank (from 1) in each run that lists it, as the product fuses the words' ranking with
 * the vectors' ({@code TopDocs.rrf}). A stand-in for hybrid ranking on runs made outside the
 * product. Immutable.
 *
 * @param k the fusion constant; the product's is {@code FusionConfig.DEFAULT_RRF_K}
 * @param depth the fused documents kept per query
 */
public record ReciprocalRankFusion(int k, int depth) {

  /** Validates the constant and the depth. */
  public ReciprocalRankFusion {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive, got " + k);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be positive, got " + depth);
    }
  }

  /**
   * Fuses {@code runs} query by query, over every query any of them answers, in the order they
   * first appear. Each run is read in trec_eval's order; equal fused scores keep that order too
   * (document id descending), which is how the evaluation reads the fused run.
   */
  public Run fuse(String tag, List<Run> runs) {
    Set<String> queries = new LinkedHashSet<>();
    runs.forEach(run -> queries.addAll(run.queryIds()));
    Map<String, List<ScoredDoc>> fused = new LinkedHashMap<>();
    for (String qid : queries) {
      Map<String, Double> scores = new LinkedHashMap<>();
      for (Run run : runs) {
        List<ScoredDoc> ranking = run.ranking(qid);
        for (int rank = 1; rank <= ranking.size(); rank++) {
          scores.merge(ranking.get(rank - 1).docId(), 1.0 / (k + rank), Double::sum);
        }
      }
      List<ScoredDoc> ranked = new ArrayList<>(scores.size());
      scores.forEach((docId, score) -> ranked.add(new ScoredDoc(docId, score)));
      ranked.sort(ScoredDoc.TREC_EVAL_ORDER);
      fused.put(qid, ranked.subList(0, Math.min(depth, ranked.size())));
    }
    return new Run(tag, fused);
  }
}
