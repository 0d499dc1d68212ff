package newsearch.relevance.compare;

import java.util.Optional;

/**
 * A two-sided paired t-test on per-query differences.
 *
 * @param t the mean difference over its standard error
 * @param degreesOfFreedom the number of queries less one
 * @param pValue the probability of a |t| at least this large if the runs were equally good
 */
public record PairedTTest(double t, int degreesOfFreedom, double pValue) {

  /**
   * Tests whether {@code differences} have mean zero.
   *
   * @return empty when the test is undefined: fewer than two differences, or differences that all
   *     equal the same non-zero value (no variance to weigh the mean against). Differences that are
   *     all zero give t = 0 and p = 1.
   */
  public static Optional<PairedTTest> of(double[] differences) {
    int n = differences.length;
    if (n < 2) {
      return Optional.empty();
    }
    // Tested before any arithmetic: equal differences can leave a rounding-noise variance that
    // would give an absurd t.
    boolean allEqual = true;
    for (double d : differences) {
      allEqual &= d == differences[0];
    }
    if (allEqual) {
      return differences[0] == 0 ? Optional.of(new PairedTTest(0, n - 1, 1)) : Optional.empty();
    }
    double mean = 0;
    for (double d : differences) {
      mean += d;
    }
    mean /= n;
    double squares = 0;
    for (double d : differences) {
      squares += (d - mean) * (d - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    double t = mean / standardError;
    return Optional.of(new PairedTTest(t, n - 1, StudentT.twoSidedP(t, n - 1)));
  }
}
