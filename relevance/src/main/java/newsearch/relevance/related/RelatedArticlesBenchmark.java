package newsearch.relevance.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.search.Hit;
import newsearch.search.NewsSearcher;
import newsearch.search.Ranking;

/**
 * Asks a searcher for the related articles of each seed, as {@code GET /api/articles/{id}/related}
 * does, and scores each list against {@link RelatedJudgments}.
 */
public final class RelatedArticlesBenchmark {

  /** Related articles asked for: as many as an article shows by default. */
  public static final int DEFAULT_SIZE = 5;

  /** Seeds drawn when no count is given. */
  public static final int DEFAULT_COUNT = 500;

  private final NewsSearcher searcher;
  private final RelatedJudgments judgments;
  private final int size;

  public RelatedArticlesBenchmark(NewsSearcher searcher, RelatedJudgments judgments, int size) {
    this.searcher = searcher;
    this.judgments = judgments;
    this.size = size;
  }

  /**
   * The scores of the related articles of {@code seeds} by {@code ranking}, one per seed in order.
   *
   * @throws IllegalArgumentException when a seed is not in the index
   */
  public RelatedScores measure(List<String> seeds, Ranking ranking) throws IOException {
    double[] precision = new double[seeds.size()];
    long started = System.nanoTime();
    for (int i = 0; i < seeds.size(); i++) {
      String seed = seeds.get(i);
      Optional<List<Hit>> related = searcher.related(seed, size, ranking);
      if (related.isEmpty()) {
        throw new IllegalArgumentException("no article with id " + seed + " in the index");
      }
      List<String> good = new ArrayList<>();
      for (Hit hit : related.get()) {
        if (judgments.related(seed, hit.id())) {
          good.add(hit.id());
        }
      }
      precision[i] = (double) good.size() / size;
    }
    double millis = (System.nanoTime() - started) / 1e6 / Math.max(1, seeds.size());
    return new RelatedScores(ranking, precision, millis);
  }
}
