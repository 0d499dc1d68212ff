package newsearch.relevance.tuning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The configurations to try. Each is a map from knob name to value, in knob name order.
 *
 * <p>Knobs are taken in name order whatever map the caller passes, since some maps (such as {@code
 * Map.of}) iterate in an order that changes between JVM runs and would break reproducibility.
 */
public final class TrialPlan {

  private TrialPlan() {}

  /**
   * Every combination of the knobs' values: the last knob in name order varies fastest.
   *
   * @throws IllegalArgumentException if a knob has no values
   */
  public static List<Map<String, Double>> grid(Map<String, List<Double>> values) {
    List<Map<String, Double>> configurations = new ArrayList<>();
    configurations.add(new TreeMap<>());
    for (Map.Entry<String, List<Double>> knob : new TreeMap<>(values).entrySet()) {
      if (knob.getValue().isEmpty()) {
        throw new IllegalArgumentException("knob " + knob.getKey() + " has no values");
      }
      List<Map<String, Double>> extended = new ArrayList<>();
      for (Map<String, Double> partial : configurations) {
        for (double value : knob.getValue()) {
          Map<String, Double> configuration = new TreeMap<>(partial);
          configuration.put(knob.getKey(), value);
          extended.add(configuration);
        }
      }
      configurations = extended;
    }
    return freeze(configurations);
  }

  /**
   * {@code trials} configurations with each knob drawn uniformly from its range. Knobs that must be
   * whole numbers are the evaluator's to round.
   *
   * @param seed the seed of the {@link java.util.Random} that draws them, whose algorithm is fixed
   *     by its specification: the same seed gives the same trials on any JVM
   */
  public static List<Map<String, Double>> random(
      Map<String, KnobRange> ranges, int trials, long seed) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be positive, not " + trials);
    }
    Random random = new Random(seed);
    List<Map<String, Double>> configurations = new ArrayList<>(trials);
    for (int t = 0; t < trials; t++) {
      Map<String, Double> configuration = new TreeMap<>();
      for (Map.Entry<String, KnobRange> knob : new TreeMap<>(ranges).entrySet()) {
        KnobRange range = knob.getValue();
        configuration.put(
            knob.getKey(), range.min() + random.nextDouble() * (range.max() - range.min()));
      }
      configurations.add(configuration);
    }
    return freeze(configurations);
  }

  private static List<Map<String, Double>> freeze(List<Map<String, Double>> configurations) {
    List<Map<String, Double>> frozen = new ArrayList<>(configurations.size());
    for (Map<String, Double> configuration : configurations) {
      frozen.add(Collections.unmodifiableMap(configuration));
    }
    return List.copyOf(frozen);
  }
}
