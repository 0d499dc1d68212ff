package newsearch.search;

/**
 * The range checks the configuration records share, each failing with a message that names the
 * setting and the bad value, such as {@code k1 must not be negative, got -1.0}.
 */
final class ConfigBounds {

  private ConfigBounds() {}

  static void requireNonNegative(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
  }

  static void requirePositive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + value);
    }
  }

  static void requireFraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
    }
  }

  /**
   * Refuses a missing choice: a file's unknown name for an enum reads as null, and the message
   * lists the names that are known.
   */
  static void requireChoice(String name, Enum<?> value, String choices) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must be " + choices);
    }
  }
}
