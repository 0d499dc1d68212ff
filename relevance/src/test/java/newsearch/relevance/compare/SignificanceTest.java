package newsearch.relevance.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignificanceTest {

  @Test
  void tTestMatchesScipyOneSampleTestOfTheDifferences() {
    double[] differences = {0.1, 0.2, -0.05, 0.3, 0.0, 0.15};

    PairedTTest test = PairedTTest.of(differences).orElseThrow();

    // scipy.stats.ttest_1samp(differences, 0)
    assertEquals(2.213594362117866, test.t(), 1e-12);
    assertEquals(5, test.degreesOfFreedom());
    assertEquals(0.07775208077043501, test.pValue(), 1e-12);
  }

  @Test
  void tTestOfIdenticalRunsGivesPOne() {
    assertEquals(Optional.of(new PairedTTest(0, 2, 1)), PairedTTest.of(new double[3]));
  }

  @Test
  void tTestIsUndefinedWithoutVarianceOrWithOneQuery() {
    assertTrue(PairedTTest.of(new double[] {0.1, 0.1, 0.1}).isEmpty());
    assertTrue(PairedTTest.of(new double[] {0.1}).isEmpty());
  }

  @Test
  void randomizationTestApproachesTheExactSignFlipProbability() {
    // Of the 16 sign patterns of 1, 2, 3, 4 only all-plus and all-minus reach |sum| = 10.
    PairedRandomizationTest test = PairedRandomizationTest.of(new double[] {1, 2, 3, 4}, 10_000, 7);

    assertEquals(2.0 / 16, test.pValue(), 0.015);
    assertEquals(10_000, test.samples());
    assertEquals(7, test.seed());
  }

  @Test
  void randomizationTestRepeatsExactlyWithTheSameSeed() {
    double[] differences = {0.3, -0.1, 0.2, 0.05, -0.02, 0.4, 0.0, 0.1};

    double first = PairedRandomizationTest.of(differences, 2_000, 99).pValue();
    double again = PairedRandomizationTest.of(differences, 2_000, 99).pValue();
    double otherSeed = PairedRandomizationTest.of(differences, 2_000, 100).pValue();

    assertEquals(first, again);
    assertTrue(first != otherSeed, "another seed draws other samples");
  }

  @Test
  void randomizationTestOfIdenticalRunsGivesPOne() {
    assertEquals(1.0, PairedRandomizationTest.of(new double[5], 1_000, 1).pValue());
  }

  @Test
  void randomizationTestOfAConsistentGainNeverReportsZero() {
    double[] differences = new double[40];
    Arrays.fill(differences, 0.1);

    PairedRandomizationTest test = PairedRandomizationTest.of(differences, 1_000, 1);

    assertEquals(1.0 / 1_001, test.pValue());
  }
}
