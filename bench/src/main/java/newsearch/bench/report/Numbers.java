package newsearch.bench.report;

import java.util.Locale;

/** Number formats of the report: thousands separated, fixed decimals, NaN as a dash. */
final class Numbers {

  private Numbers() {}

  static String f0(double value) {
    return format("%,.0f", value);
  }

  static String f1(double value) {
    return format("%,.1f", value);
  }

  static String f2(double value) {
    return format("%,.2f", value);
  }

  static String f3(double value) {
    return format("%.3f", value);
  }

  /** A ratio as a factor, {@code 0.53×}. */
  static String times(double ratio) {
    String value = f2(ratio);
    return value.equals("–") ? value : value + "×";
  }

  /** A ratio as a percentage, {@code 93%}. */
  static String percent(double ratio) {
    return format("%.0f%%", ratio * 100);
  }

  private static String format(String pattern, double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "–"
        : String.format(Locale.ROOT, pattern, value);
  }
}
