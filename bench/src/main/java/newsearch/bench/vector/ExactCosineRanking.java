package newsearch.bench.vector;

import java.util.ArrayList;
import java.util.List;
import newsearch.relevance.ScoredDoc;

/**
 * Ranks every article against a query vector by exact cosine similarity, with no index and no
 * approximation: the ranking an HNSW graph approximates, so that two models are compared on their
 * vectors alone. Immutable and thread-safe; copies nothing, so the caller must not change the
 * vectors it hands over.
 */
public final class ExactCosineRanking {

  private final List<String> ids;
  private final List<float[]> vectors;
  private final double[] norms;

  /**
   * A ranking over articles {@code ids}, whose vectors are {@code vectors} in the same order.
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  public ExactCosineRanking(List<String> ids, List<float[]> vectors) {
    if (ids.size() != vectors.size()) {
      throw new IllegalArgumentException(
          ids.size() + " article ids but " + vectors.size() + " vectors");
    }
    this.ids = List.copyOf(ids);
    this.vectors = List.copyOf(vectors);
    this.norms = new double[vectors.size()];
    for (int i = 0; i < norms.length; i++) {
      norms[i] = Math.sqrt(dot(vectors.get(i), vectors.get(i)));
    }
  }

  /**
   * The {@code depth} articles most similar to {@code query}, best first; equal scores in
   * trec_eval's order (document id descending), so that the evaluation reads this very list.
   */
  public List<ScoredDoc> rank(float[] query, int depth) {
    double queryNorm = Math.sqrt(dot(query, query));
    List<ScoredDoc> all = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      double denominator = queryNorm * norms[i];
      double cosine = denominator == 0 ? 0 : dot(query, vectors.get(i)) / denominator;
      all.add(new ScoredDoc(ids.get(i), cosine));
    }
    all.sort(ScoredDoc.TREC_EVAL_ORDER);
    return List.copyOf(all.subList(0, Math.min(depth, all.size())));
  }

  private static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors of " + a.length + " and " + b.length + " dimensions");
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }
}
