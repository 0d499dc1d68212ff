package newsearch.bench.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks from 0 to {@code n - 1} with probability proportional to {@code 1 / (rank + 1)^s}:
 * the rank-frequency law of words and names in natural text. Immutable and thread-safe; the
 * randomness comes from the caller.
 */
final class ZipfSampler {

  private final double[] cumulative;

  /** A sampler over {@code n} ranks with exponent {@code s} (about 1 for words). */
  ZipfSampler(int n, double s) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1.0 / Math.pow(rank + 1, s);
      cumulative[rank] = sum;
    }
  }

  /** The next rank, 0 being the most frequent. */
  int next(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
  }

  int size() {
    return cumulative.length;
  }
}
