package newsearch.relevance.compare;

/**
 * Student's t distribution, through the regularized incomplete beta function: for {@code v} degrees
 * of freedom, P(|T| >= t) = I_x(v/2, 1/2) with x = v / (v + t²).
 */
final class StudentT {

  private static final int MAX_ITERATIONS = 10_000;
  private static final double CONVERGED = 1e-15;

  /** Keeps Lentz's algorithm from dividing by zero; far below any term that matters. */
  private static final double TINY = 1e-300;

  /** Lanczos approximation of the gamma function, g = 7, n = 9. */
  private static final double LANCZOS_G = 7;

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private StudentT() {}

  /** The two-sided tail probability P(|T| >= |t|) for {@code degreesOfFreedom} > 0. */
  static double twoSidedP(double t, double degreesOfFreedom) {
    if (Double.isInfinite(t)) {
      return 0;
    }
    double x = degreesOfFreedom / (degreesOfFreedom + t * t);
    return regularizedIncompleteBeta(x, degreesOfFreedom / 2, 0.5);
  }

  /** I_x(a, b) for a, b > 0 and x in [0, 1]. */
  static double regularizedIncompleteBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double logFront =
        logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    // The continued fraction converges fast only below the mean; above it, use the symmetry
    // I_x(a, b) = 1 - I_(1-x)(b, a).
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * continuedFraction(x, a, b) / a;
    }
    return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
  }

  /** The continued fraction of I_x(a, b), evaluated by the modified Lentz method. */
  private static double continuedFraction(double x, double a, double b) {
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1));
    d = 1 / d;
    double result = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      // Even step: m(b - m)x / ((a + 2m - 1)(a + 2m)).
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      result *= d * c;
      // Odd step: -(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double step = d * c;
      result *= step;
      if (Math.abs(step - 1) < CONVERGED) {
        return result;
      }
    }
    throw new ArithmeticException(
        "incomplete beta did not converge for x=" + x + ", a=" + a + ", b=" + b);
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }

  /** ln Γ(x) for x > 0. */
  static double logGamma(double x) {
    if (x < 0.5) {
      // Reflection keeps the approximation in the range where it is accurate.
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double shifted = x - 1;
    double series = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      series += LANCZOS[i] / (shifted + i);
    }
    double t = shifted + LANCZOS_G + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
  }
}
