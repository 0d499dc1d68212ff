package newsearch.relevance.tuning;

import java.io.IOException;
import java.util.Map;
import newsearch.relevance.metrics.Evaluation;

/** The caller's side of tuning: set the knobs, produce a run, evaluate it. */
@FunctionalInterface
public interface ConfigEvaluator {

  /**
   * Evaluates one configuration.
   *
   * @param knobs each knob's value, in knob name order
   * @throws IOException if the search system fails
   */
  Evaluation evaluate(Map<String, Double> knobs) throws IOException;
}
