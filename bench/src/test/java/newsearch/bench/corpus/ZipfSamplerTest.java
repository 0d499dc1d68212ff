package newsearch.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

  @Test
  void rankFrequencyFollowsTheLaw() {
    ZipfSampler zipf = new ZipfSampler(1_000, 1.0);
    SplittableRandom random = new SplittableRandom(1);
    int[] counts = new int[1_000];
    for (int i = 0; i < 200_000; i++) {
      counts[zipf.next(random)]++;
    }
    // Expected: rank 1 (index 0) ten times as frequent as rank 10, within sampling noise.
    double ratio = (double) counts[0] / counts[9];
    assertTrue(ratio > 8.5 && ratio < 11.5, "rank 1 / rank 10 = " + ratio);
    assertTrue(counts[999] > 0, "the tail is reachable");
  }

  @Test
  void sameSeedSameDraws() {
    ZipfSampler zipf = new ZipfSampler(50, 1.1);
    SplittableRandom a = new SplittableRandom(7);
    SplittableRandom b = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      assertEquals(zipf.next(a), zipf.next(b));
    }
  }
}
