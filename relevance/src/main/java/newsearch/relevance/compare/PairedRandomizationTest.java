package newsearch.relevance.compare;

import java.util.Random;

/**
 * A two-sided paired randomisation (permutation) test: under the hypothesis that the runs are
 * equally good, each query's difference is as likely to have the opposite sign, so the test counts
 * how often random sign flips give a mean difference at least as far from zero as the one observed.
 *
 * @param pValue (count + 1) / (samples + 1), which never claims p = 0 from finitely many samples
 * @param samples the number of random sign assignments drawn
 * @param seed the seed of the {@link java.util.Random} that drew them, to repeat the test exactly
 */
public record PairedRandomizationTest(double pValue, int samples, long seed) {

  /**
   * Tests whether {@code differences} could have come from equally good runs.
   *
   * @throws IllegalArgumentException if {@code samples} is not positive
   */
  public static PairedRandomizationTest of(double[] differences, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be positive, not " + samples);
    }
    double observed = 0;
    double scale = 0;
    for (double d : differences) {
      observed += d;
      scale += Math.abs(d);
    }
    // A flip pattern that reproduces the observed sum may add it up in another order; without a
    // tolerance, rounding could make it count as smaller.
    double threshold = Math.abs(observed) - 1e-12 * Math.max(1, scale);
    // java.util.Random's algorithm is fixed by its specification, so a seed repeats on any JVM.
    Random random = new Random(seed);
    int asExtreme = 0;
    for (int s = 0; s < samples; s++) {
      double sum = 0;
      for (double d : differences) {
        sum += random.nextBoolean() ? d : -d;
      }
      if (Math.abs(sum) >= threshold) {
        asExtreme++;
      }
    }
    return new PairedRandomizationTest((asExtreme + 1.0) / (samples + 1.0), samples, seed);
  }
}
