package newsearch.relevance.related;

import java.util.Arrays;
import java.util.Locale;
import newsearch.relevance.compare.PairedRandomizationTest;
import newsearch.search.Ranking;

/**
 * How good one ranking's related articles were over a list of seeds.
 *
 * @param ranking how they were found
 * @param precision for each seed, the share of its related articles (of those asked for) that
 *     belong with it
 * @param millisPerSeed the mean time of one call
 */
public record RelatedScores(Ranking ranking, double[] precision, double millisPerSeed) {

  /** Randomisation samples of the significance test. */
  private static final int SAMPLES = 10_000;

  /** Copies the array. */
  public RelatedScores {
    precision = precision.clone();
  }

  /** The mean precision over the seeds. */
  public double meanPrecision() {
    return Arrays.stream(precision).average().orElse(0);
  }

  /** The share of seeds with at least one related article that belongs with them. */
  public double anyRelated() {
    return Arrays.stream(precision).filter(p -> p > 0).count() / (double) precision.length;
  }

  /**
   * The two-sided p-value of the paired randomisation test of this ranking's precision against
   * {@code baseline}'s, seed by seed.
   */
  public double pAgainst(RelatedScores baseline, long seed) {
    double[] differences = new double[precision.length];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = precision[i] - baseline.precision[i];
    }
    return PairedRandomizationTest.of(differences, SAMPLES, seed).pValue();
  }

  /**
   * A table row: ranking, mean precision, share with any related, ms a call, p against baseline.
   */
  public String row(RelatedScores baseline, long seed) {
    String p = baseline == this ? "" : String.format(Locale.ROOT, "%.4f", pAgainst(baseline, seed));
    return String.format(
        Locale.ROOT,
        "%-9s %11.4f %11.4f %8.2f %8s",
        ranking.label(),
        meanPrecision(),
        anyRelated(),
        millisPerSeed,
        p);
  }
}
