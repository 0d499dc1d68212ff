package newsearch.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many of a query's optional words an article must hold, written like Solr's {@code mm}: {@code
 * all}, {@code any}, or conditions {@code N<V} read as "with more than N words, V of them", where V
 * is a count ({@code 3}), a count that may be missing ({@code -1}), a share ({@code 75%}) or a
 * share that may be missing ({@code -25%}). With no condition that applies, every word is required:
 * {@code 3<-25%} requires all of up to three words and three quarters (rounded down, at least one)
 * of more. Several conditions are separated by spaces, in increasing N; the largest N below the
 * number of words applies. Immutable.
 *
 * @param spec the rule as written
 * @param conditions the parsed conditions, in increasing word count
 */
public record MinimumMatch(String spec, List<Condition> conditions) {

  /** Every word is required. */
  public static final MinimumMatch ALL = parse("all");

  /** Any word may match: one is enough. */
  public static final MinimumMatch ANY = parse("any");

  /**
   * One condition: above {@code words} words, {@code value} of them, a share when {@code percent}.
   *
   * @param words the condition applies to queries of more words than this
   * @param value how many words are required; negative: how many may be missing
   * @param percent whether {@code value} is a percentage of the words
   */
  public record Condition(int words, int value, boolean percent) {}

  /** Copies the conditions. */
  public MinimumMatch {
    conditions = List.copyOf(conditions);
  }

  /**
   * Reads a rule.
   *
   * @throws IllegalArgumentException naming the rule when it cannot be read
   */
  public static MinimumMatch parse(String spec) {
    String text = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
    if (text.equals("all")) {
      return new MinimumMatch(text, List.of());
    }
    if (text.equals("any")) {
      return new MinimumMatch(text, List.of(new Condition(0, 1, false)));
    }
    List<Condition> conditions = new ArrayList<>();
    for (String part : text.split("\\s+")) {
      conditions.add(condition(part, spec, conditions));
    }
    return new MinimumMatch(text, conditions);
  }

  private static Condition condition(String part, String spec, List<Condition> before) {
    int lt = part.indexOf('<');
    try {
      int words = lt < 0 ? 0 : Integer.parseInt(part.substring(0, lt));
      String value = part.substring(lt + 1);
      boolean percent = value.endsWith("%");
      int n = Integer.parseInt(percent ? value.substring(0, value.length() - 1) : value);
      if (words < 0 || (percent && Math.abs(n) > 100)) {
        throw new NumberFormatException();
      }
      if (!before.isEmpty() && before.get(before.size() - 1).words() >= words) {
        throw new NumberFormatException();
      }
      return new Condition(words, n, percent);
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "min_should_match must be all, any, or conditions like 3<-25% in increasing word"
              + " counts, got '"
              + spec
              + "'");
    }
  }

  /** How many of {@code words} optional words an article must hold: between 1 and {@code words}. */
  public int required(int words) {
    if (words <= 0) {
      return 0;
    }
    Condition applies = null;
    for (Condition c : conditions) {
      if (words > c.words()) {
        applies = c;
      }
    }
    if (applies == null) {
      return words;
    }
    int n = applies.percent() ? words * Math.abs(applies.value()) / 100 : Math.abs(applies.value());
    int required = applies.value() < 0 ? words - n : n;
    return Math.max(1, Math.min(words, required));
  }
}
