package newsearch.relevance.tuning;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;

/**
 * One configuration tried.
 *
 * @param number the trial's place in the plan, counting from 1
 * @param knobs each knob's value, in knob name order
 * @param evaluation what the configuration scored
 */
public record Trial(int number, Map<String, Double> knobs, Evaluation evaluation) {

  /** Copies the knobs. */
  public Trial {
    knobs = Collections.unmodifiableMap(new TreeMap<>(knobs));
  }

  /** The trial's mean of {@code metric}. */
  public double score(Metric metric) {
    return evaluation.mean(metric);
  }
}
