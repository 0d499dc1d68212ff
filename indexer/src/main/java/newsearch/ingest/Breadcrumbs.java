package newsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.schema.SectionPath;

/**
 * Reads an article's section from a breadcrumb ({@code Home > News > Japan}, {@code News » Japan},
 * {@code News / Japan}, {@code News | Japan}) or from a label line ({@code Section: World}).
 * Stateless and thread-safe.
 */
final class Breadcrumbs {

  /**
   * A section found on a page, with how far it can be trusted: a label line or breadcrumb markup
   * names the section outright; a line split by {@code >} or {@code »} can only be a breadcrumb; a
   * line split by {@code /} or {@code |} may also be a menu.
   */
  enum Strength {
    MENU_LIKE,
    HIERARCHY,
    EXPLICIT
  }

  /**
   * A section and how it was found.
   *
   * @param path the section, never empty
   * @param strength how far it can be trusted
   */
  record Crumb(SectionPath path, Strength strength) {}

  private static final String HIERARCHY_SEPARATORS = ">»›→";
  private static final List<String> MENU_SEPARATORS = List.of(" / ", " | ");
  private static final Set<String> HOME =
      Words.phrasesOf("home, homepage, front page, inicio, portada, start");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:section|category|sección|seccion|categoría|categoria)\\s*:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_LINE_CHARS = 200;
  private static final int MAX_MENU_LEVELS = 4;
  private static final int MAX_LEVEL_WORDS = 4;
  private static final int MAX_LEVEL_CHARS = 40;

  private Breadcrumbs() {}

  /** The section named by a breadcrumb or a label line, or empty when the line is neither. */
  static Optional<Crumb> read(String line) {
    if (line.length() > MAX_LINE_CHARS) {
      return Optional.empty();
    }
    Matcher label = LABEL.matcher(line);
    if (label.matches()) {
      List<String> levels = split(label.group(1));
      SectionPath path = levels.isEmpty() ? path(List.of(label.group(1))) : path(levels);
      return path.isEmpty() ? Optional.empty() : Optional.of(new Crumb(path, Strength.EXPLICIT));
    }
    List<String> levels = split(line);
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    Strength strength = hierarchySeparator(line) >= 0 ? Strength.HIERARCHY : Strength.MENU_LIKE;
    SectionPath path = path(levels);
    return path.isEmpty() ? Optional.empty() : Optional.of(new Crumb(path, strength));
  }

  /**
   * The section named by the items of breadcrumb markup, without the home page and without the
   * article's own title, which many breadcrumbs end with.
   */
  static SectionPath fromItems(List<String> items, String title) {
    List<String> levels = new ArrayList<>();
    for (String item : items) {
      String level = item.strip().replaceAll("^[>»›→/|\\s]+|[>»›→/|\\s]+$", "");
      if (!level.isEmpty() && !level.equalsIgnoreCase(title == null ? "" : title.strip())) {
        levels.add(level);
      }
    }
    if (!levels.isEmpty() && Words.count(levels.getLast()) > MAX_LEVEL_WORDS) {
      levels.removeLast();
    }
    // A trail deeper than any section is a site map, not where the article sits.
    return levels.size() > SectionPath.MAX_DEPTH ? SectionPath.NONE : path(levels);
  }

  /** The levels of a breadcrumb line, or an empty list when the line is not one. */
  private static List<String> split(String line) {
    int hierarchy = hierarchySeparator(line);
    String[] parts;
    if (hierarchy >= 0) {
      parts = line.split(Pattern.quote(String.valueOf(line.charAt(hierarchy))), -1);
    } else {
      String separator = MENU_SEPARATORS.stream().filter(line::contains).findFirst().orElse(null);
      if (separator == null || MENU_SEPARATORS.stream().filter(line::contains).count() > 1) {
        return List.of();
      }
      parts = line.split(Pattern.quote(separator), -1);
    }
    List<String> levels = new ArrayList<>();
    for (String part : parts) {
      String level = part.strip();
      if (!level.isEmpty()) {
        levels.add(level);
      }
    }
    int maxLevels = hierarchy >= 0 ? SectionPath.MAX_DEPTH : MAX_MENU_LEVELS;
    boolean valid =
        levels.size() >= 2
            && levels.size() <= maxLevels
            && levels.stream().allMatch(Breadcrumbs::isLevel);
    return valid ? levels : List.of();
  }

  /** The position of the only kind of hierarchy separator in the line, else -1. */
  private static int hierarchySeparator(String line) {
    int found = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (HIERARCHY_SEPARATORS.indexOf(c) >= 0) {
        if (found >= 0 && line.charAt(found) != c) {
          return -1;
        }
        found = found < 0 ? i : found;
      }
    }
    return found;
  }

  /** A short name such as {@code Japan} or {@code Science & Tech}, not a sentence or a number. */
  private static boolean isLevel(String level) {
    return level.length() <= MAX_LEVEL_CHARS
        && Words.count(level) <= MAX_LEVEL_WORDS
        && Character.isLetter(level.codePointAt(0))
        && level.chars().noneMatch(c -> ".!?:;\"“”|/<>»›→".indexOf(c) >= 0);
  }

  private static SectionPath path(List<String> levels) {
    List<String> kept = new ArrayList<>(levels);
    while (!kept.isEmpty() && HOME.contains(kept.getFirst().toLowerCase(Locale.ROOT))) {
      kept.removeFirst();
    }
    return new SectionPath(kept);
  }
}
