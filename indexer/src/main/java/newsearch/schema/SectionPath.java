package newsearch.schema;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A position in the section hierarchy, such as {@code News > Japan}: {@code News} then {@code
 * Japan}.
 *
 * @param parts the levels from the top; empty for an article without a section
 */
public record SectionPath(List<String> parts) {

  /** The separator used to display and to parse paths. */
  public static final String SEPARATOR = " > ";

  /**
   * The most levels a section may have. Real hierarchies stop at four or five ({@code News > World
   * > Asia > Japan}); a path much deeper is a mistake in the data, and every level costs a facet
   * value and a drill-down term. The breadcrumb reader and the section finder go as deep as this.
   */
  public static final int MAX_DEPTH = 6;

  /** An article without a section. */
  public static final SectionPath NONE = new SectionPath(List.of());

  private static final Pattern SPLIT = Pattern.compile("\\s*>\\s*");

  /** Copies the parts and rejects empty levels. */
  public SectionPath {
    parts = List.copyOf(parts);
    for (String part : parts) {
      if (part.isBlank()) {
        throw new IllegalArgumentException("section path has an empty level: " + parts);
      }
    }
  }

  /**
   * Parses a displayed path ({@code News > Japan}); blank or null text gives {@link #NONE}. Empty
   * levels, as in {@code News > > Japan}, are dropped.
   */
  public static SectionPath parse(String displayed) {
    if (displayed == null || displayed.isBlank()) {
      return NONE;
    }
    return new SectionPath(
        Arrays.stream(SPLIT.split(displayed.strip())).filter(s -> !s.isBlank()).toList());
  }

  /** Whether this is the empty path. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The path as shown to users: {@code News > Japan}. */
  public String display() {
    return String.join(SEPARATOR, parts);
  }

  @Override
  public String toString() {
    return display();
  }
}
