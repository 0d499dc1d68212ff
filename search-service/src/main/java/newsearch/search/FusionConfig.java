package newsearch.search;

import static newsearch.search.ConfigBounds.requireChoice;
import static newsearch.search.ConfigBounds.requirePositive;

/**
 * How semantic and hybrid rankings are made (see {@link Ranking}).
 *
 * @param ranking the ranking of a request that names none ({@code ranking=} overrides it)
 * @param knnCandidates how many nearest articles by meaning the vector search finds, under the
 *     request's filters; a semantic ranking holds at most these
 * @param lexicalCandidates how many top matches of the words take part in the fusion; matches below
 *     them still match, after every fused hit, in id order
 * @param rrfK the constant of reciprocal rank fusion: a hit at rank r of a list gains 1 / (k + r)
 * @param knnScope where a hybrid ranking looks for the nearest articles: among the matches of the
 *     words, or anywhere the filters allow, or the first for short queries and the second for long
 * @param relatedRanking how the related articles of an article are found when a request names no
 *     ranking: by its words (more-like-this), by its vector, or both fused
 */
public record FusionConfig(
    Ranking ranking,
    int knnCandidates,
    int lexicalCandidates,
    int rrfK,
    KnnScope knnScope,
    Ranking relatedRanking) {

  /**
   * Default ranking: hybrid, with {@link #DEFAULT_KNN_SCOPE}. Against lexical, nDCG@10 on Cranfield
   * 0.3717 to 0.4096 and on CISI 0.3794 to 0.4389 (both p below 0.01), on the sample 0.9494 to
   * 0.9499 (one query better, none worse); the matching rule's benchmarks unchanged (see {@code
   * relevance/BASELINES.md}). Over an index without vectors it ranks by the words.
   */
  public static final Ranking DEFAULT_RANKING = Ranking.HYBRID;

  private static final String RANKINGS = "lexical, semantic or hybrid";

  /** Default vector candidates: 100, the depth Recall@100 is measured at. */
  public static final int DEFAULT_KNN_CANDIDATES = 100;

  /**
   * Default word candidates: 1,000, so that a deep ranking of the harness is fused all the way
   * down; a page costs one more top-1,000 collection of the words.
   */
  public static final int DEFAULT_LEXICAL_CANDIDATES = 1000;

  /** Default fusion constant: 60, as in the paper that introduced reciprocal rank fusion. */
  public static final int DEFAULT_RRF_K = 60;

  /**
   * Default scope: {@link KnnScope#LONG_QUERIES_ONLY}. A short query is ranked by its words, as the
   * matching rule promises and as a reader looking for one remembered article is served best (re-
   * ranked within its matches it kept its words, but the known article fell from MRR 0.894 to
   * 0.847); a long one, whose rule already lets words be missing, is fused with the nearest
   * articles (see {@code relevance/BASELINES.md}).
   */
  public static final KnnScope DEFAULT_KNN_SCOPE = KnnScope.LONG_QUERIES_ONLY;

  /**
   * Default related ranking: {@link Ranking#HYBRID}, more-like-this fused with the nearest by
   * vector. Of the top 5 related articles of 500 seeds, the share that belong with the seed rose
   * from 0.688 to 0.733 on Reuters-21578 (same topic) and from 0.790 to 0.816 on BBC (same
   * category), from 0.366 to 0.420 on Cranfield and from 0.456 to 0.565 on CISI (judged relevant to
   * one query with the seed), all p below 0.005; on the bundled sample 0.576 to 0.562 (p = 0.45).
   * See {@code relevance/BASELINES.md}.
   */
  public static final Ranking DEFAULT_RELATED_RANKING = Ranking.HYBRID;

  /** The defaults. */
  public static final FusionConfig DEFAULTS = builder().build();

  /** Rejects values that cannot rank. */
  public FusionConfig {
    requireChoice("ranking", ranking, RANKINGS);
    requirePositive("knnCandidates", knnCandidates);
    requirePositive("lexicalCandidates", lexicalCandidates);
    requirePositive("rrfK", rrfK);
    requireChoice("knn_scope", knnScope, "matches, filters, long_queries or long_queries_only");
    requireChoice("related_ranking", relatedRanking, RANKINGS);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .ranking(ranking)
        .knnCandidates(knnCandidates)
        .lexicalCandidates(lexicalCandidates)
        .rrfK(rrfK)
        .knnScope(knnScope)
        .relatedRanking(relatedRanking);
  }

  /** Collects the values; {@link #build} validates them. Not thread-safe. */
  public static final class Builder {
    private Ranking ranking = DEFAULT_RANKING;
    private int knnCandidates = DEFAULT_KNN_CANDIDATES;
    private int lexicalCandidates = DEFAULT_LEXICAL_CANDIDATES;
    private int rrfK = DEFAULT_RRF_K;
    private KnnScope knnScope = DEFAULT_KNN_SCOPE;
    private Ranking relatedRanking = DEFAULT_RELATED_RANKING;

    private Builder() {}

    public Builder ranking(Ranking value) {
      ranking = value;
      return this;
    }

    public Builder knnCandidates(int value) {
      knnCandidates = value;
      return this;
    }

    public Builder lexicalCandidates(int value) {
      lexicalCandidates = value;
      return this;
    }

    public Builder rrfK(int value) {
      rrfK = value;
      return this;
    }

    public Builder knnScope(KnnScope value) {
      knnScope = value;
      return this;
    }

    public Builder relatedRanking(Ranking value) {
      relatedRanking = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public FusionConfig build() {
      return new FusionConfig(
          ranking, knnCandidates, lexicalCandidates, rrfK, knnScope, relatedRanking);
    }
  }
}
