package newsearch.relevance.tuning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import newsearch.relevance.metrics.Metric;

/**
 * The trials of a tuning, best first.
 *
 * @param target the metric that ranks them
 * @param ranked the trials by descending mean of {@code target}; equal means in plan order
 */
public record TuningResult(Metric target, List<Trial> ranked) {

  /** Ranks the trials. */
  public TuningResult {
    if (ranked.isEmpty()) {
      throw new IllegalArgumentException("no trials");
    }
    List<Trial> sorted = new ArrayList<>(ranked);
    sorted.sort(
        Comparator.comparingDouble((Trial trial) -> -trial.score(target))
            .thenComparingInt(Trial::number));
    ranked = List.copyOf(sorted);
  }

  /** The trial with the highest mean of the target metric. */
  public Trial best() {
    return ranked.get(0);
  }

  /** Every knob named in any trial, in name order. */
  public List<String> knobNames() {
    TreeSet<String> names = new TreeSet<>();
    ranked.forEach(trial -> names.addAll(trial.knobs().keySet()));
    return List.copyOf(names);
  }

  /** How much the target moves with each knob, most influential first. */
  public List<KnobSensitivity> sensitivity() {
    List<KnobSensitivity> all = new ArrayList<>();
    for (String knob : knobNames()) {
      all.add(KnobSensitivity.of(knob, ranked, target));
    }
    all.sort(Comparator.comparingDouble(KnobSensitivity::spread).reversed());
    return all;
  }
}
