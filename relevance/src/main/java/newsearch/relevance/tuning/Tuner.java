package newsearch.relevance.tuning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsearch.relevance.metrics.Metric;

/** Evaluates every configuration of a plan, one after the other, and ranks the trials. */
public final class Tuner {

  private final ConfigEvaluator evaluator;
  private final Metric target;

  /**
   * Creates a tuner.
   *
   * @param evaluator the caller's evaluation of one configuration
   * @param target the metric whose mean ranks the trials
   */
  public Tuner(ConfigEvaluator evaluator, Metric target) {
    this.evaluator = evaluator;
    this.target = target;
  }

  /**
   * Evaluates {@code configurations} in order; they run one at a time, leaving the machine's cores
   * to the search system.
   *
   * @throws IOException from the evaluator, which ends the tuning
   * @throws IllegalArgumentException if there are no configurations
   */
  public TuningResult tune(List<Map<String, Double>> configurations) throws IOException {
    if (configurations.isEmpty()) {
      throw new IllegalArgumentException("no configurations to try");
    }
    List<Trial> trials = new ArrayList<>(configurations.size());
    for (Map<String, Double> knobs : configurations) {
      trials.add(new Trial(trials.size() + 1, knobs, evaluator.evaluate(knobs)));
    }
    return new TuningResult(target, trials);
  }
}
