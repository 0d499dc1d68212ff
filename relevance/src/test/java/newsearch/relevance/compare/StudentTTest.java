package newsearch.relevance.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values from SciPy 1.17 ({@code scipy.stats.t.sf}, {@code scipy.special}). */
class StudentTTest {

  @ParameterizedTest
  @CsvSource({
    "2.0, 10, 0.07338803477074037",
    "0.5, 1, 0.7048327646991335",
    "-3.2, 224, 0.0015734147982999745",
    "1.0, 2.5, 0.40406102727827364",
    "12.0, 5, 7.089492517161522e-05",
    "0.0, 7, 1.0"
  })
  void twoSidedPMatchesScipy(double t, double degreesOfFreedom, double expected) {
    assertEquals(expected, StudentT.twoSidedP(t, degreesOfFreedom), expected * 1e-9);
  }

  @ParameterizedTest
  @CsvSource({
    "0.3, 2.0, 3.0, 0.34829999999999994",
    "0.9, 0.5, 0.5, 0.7951672353008665",
    "0.01, 10, 0.5, 1.770034965528571e-21",
    "0.999, 50, 0.5, 0.7523690199653766"
  })
  void incompleteBetaMatchesScipy(double x, double a, double b, double expected) {
    assertEquals(expected, StudentT.regularizedIncompleteBeta(x, a, b), expected * 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"0.5, 0.5723649429247", "100, 359.1342053695754", "3, 0.6931471805599453"})
  void logGammaMatchesScipy(double x, double expected) {
    assertEquals(expected, StudentT.logGamma(x), 1e-12 * Math.max(1, expected));
  }
}
