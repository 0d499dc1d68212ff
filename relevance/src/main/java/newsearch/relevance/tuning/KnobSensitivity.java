package newsearch.relevance.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import newsearch.relevance.metrics.Metric;

/**
 * How the target metric varies with one knob, averaged over the values of the others: the trials
 * are grouped into levels of the knob, and the spread is the best level's mean less the worst's.
 *
 * <p>A knob with at most {@value #MAX_DISTINCT_LEVELS} distinct values (a grid) gets a level per
 * value; one with more (random search) is cut into {@value #BINS} intervals of equal width.
 *
 * @param knob the knob's name
 * @param levels the levels in ascending knob order; empty levels are left out
 * @param spread the largest level mean less the smallest
 */
public record KnobSensitivity(String knob, List<Level> levels, double spread) {

  /** Above this many distinct values, a knob's values are binned. */
  public static final int MAX_DISTINCT_LEVELS = 10;

  /** The number of intervals a binned knob is cut into. */
  public static final int BINS = 5;

  /**
   * The trials that set a knob to one value, or to a value in one interval.
   *
   * @param low the smallest knob value of the level
   * @param high the largest knob value of the level; equal to {@code low} for a single value
   * @param trials how many trials fall in the level
   * @param meanScore the mean of their target scores
   * @param bestScore the best of their target scores
   */
  public record Level(double low, double high, int trials, double meanScore, double bestScore) {}

  /** Copies the levels. */
  public KnobSensitivity {
    levels = List.copyOf(levels);
  }

  /** Measures {@code knob}'s effect on {@code target} over the trials that set it. */
  public static KnobSensitivity of(String knob, List<Trial> trials, Metric target) {
    TreeMap<Double, List<Double>> scoresByValue = new TreeMap<>();
    for (Trial trial : trials) {
      Double value = trial.knobs().get(knob);
      if (value != null) {
        scoresByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(trial.score(target));
      }
    }
    List<Level> levels =
        scoresByValue.size() <= MAX_DISTINCT_LEVELS
            ? levelPerValue(scoresByValue)
            : binned(scoresByValue);
    double best = Double.NEGATIVE_INFINITY;
    double worst = Double.POSITIVE_INFINITY;
    for (Level level : levels) {
      best = Math.max(best, level.meanScore());
      worst = Math.min(worst, level.meanScore());
    }
    return new KnobSensitivity(knob, levels, levels.isEmpty() ? 0 : best - worst);
  }

  private static List<Level> levelPerValue(TreeMap<Double, List<Double>> scoresByValue) {
    List<Level> levels = new ArrayList<>();
    scoresByValue.forEach((value, scores) -> levels.add(level(value, value, scores)));
    return levels;
  }

  private static List<Level> binned(TreeMap<Double, List<Double>> scoresByValue) {
    double min = scoresByValue.firstKey();
    double width = (scoresByValue.lastKey() - min) / BINS;
    List<List<Double>> scores = new ArrayList<>();
    List<double[]> bounds = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      scores.add(new ArrayList<>());
      bounds.add(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
    }
    scoresByValue.forEach(
        (value, valueScores) -> {
          // The largest value would open a bin of its own; it closes the last one instead.
          int bin = Math.min(BINS - 1, (int) ((value - min) / width));
          scores.get(bin).addAll(valueScores);
          bounds.get(bin)[0] = Math.min(bounds.get(bin)[0], value);
          bounds.get(bin)[1] = Math.max(bounds.get(bin)[1], value);
        });
    List<Level> levels = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (!scores.get(b).isEmpty()) {
        levels.add(level(bounds.get(b)[0], bounds.get(b)[1], scores.get(b)));
      }
    }
    return levels;
  }

  private static Level level(double low, double high, List<Double> scores) {
    double sum = 0;
    double best = Double.NEGATIVE_INFINITY;
    for (double score : scores) {
      sum += score;
      best = Math.max(best, score);
    }
    return new Level(low, high, scores.size(), sum / scores.size(), best);
  }
}
