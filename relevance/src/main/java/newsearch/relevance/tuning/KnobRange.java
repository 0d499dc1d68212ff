package newsearch.relevance.tuning;

/**
 * The interval a knob is drawn from in random search; {@code min == max} pins the knob.
 *
 * @param min the lowest value, inclusive
 * @param max the highest value, exclusive unless equal to {@code min}
 */
public record KnobRange(double min, double max) {

  /** Rejects empty or unbounded ranges. */
  public KnobRange {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException("not a finite range: [" + min + ", " + max + ")");
    }
  }
}
