package newsearch.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.SectionPath;

/**
 * Reads a search request from named text parameters, as a query string or a form carries them:
 * {@code q}, {@code section} (repeatable), {@code from}, {@code to}, {@code sort}, {@code page},
 * {@code size}, {@code cursor}, {@code facets} ({@code true} or {@code false}) and {@code ranking}
 * ({@code lexical}, {@code semantic} or {@code hybrid}). Unknown names are ignored; a malformed
 * value is an {@link InvalidRequestException} naming the parameter and the value. The suggest and
 * related-articles routes read their {@code q} and {@code size} with {@link #first} and {@link
 * #whole}.
 */
public final class SearchParameters {

  /** Completions per suggest request when the request does not say. */
  public static final int DEFAULT_SUGGESTIONS = 8;

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** The parameters of a page of results rather than of which matches. */
  private static final List<String> PAGING = List.of("page", "size", "cursor");

  private SearchParameters() {}

  /**
   * Builds the request from parameter values by name; each name may have several values.
   *
   * @param pageSize the {@code size} of a request that does not say, such as {@link
   *     PageConfig#pageSize}
   */
  public static SearchRequest parse(
      Map<String, ? extends Collection<String>> params, int pageSize) {
    List<SectionPath> sections = new ArrayList<>();
    Collection<String> sectionValues = params.get("section");
    for (String value : sectionValues == null ? List.<String>of() : sectionValues) {
      SectionPath path = SectionPath.parse(value);
      if (!path.isEmpty()) {
        sections.add(path);
      }
    }
    return new SearchRequest(
        first(params, "q"),
        sections,
        date(params, "from"),
        date(params, "to"),
        isBlank(first(params, "sort"))
            ? SortOrder.RELEVANCE
            : SortOrder.parse(first(params, "sort")),
        whole(params, "page", 1),
        whole(params, "size", pageSize),
        first(params, "cursor"),
        flag(params, "facets", true),
        isBlank(first(params, "ranking")) ? null : Ranking.parse(first(params, "ranking")));
  }

  /**
   * The query, filters and order of {@code params} ({@code q}, {@code section}, {@code from},
   * {@code to}, {@code sort}), read as {@link #parse} reads them, for the routes that analyse or
   * export every match rather than a page: {@code page}, {@code size} and {@code cursor} are theirs
   * to mean something else by, and are ignored here.
   */
  public static SearchRequest filters(Map<String, ? extends Collection<String>> params) {
    Map<String, Collection<String>> filters = new HashMap<>(params);
    PAGING.forEach(filters::remove);
    return parse(filters, PageConfig.DEFAULT_PAGE_SIZE);
  }

  /** The first value of the parameter {@code name}, or null when it is absent. */
  public static String first(Map<String, ? extends Collection<String>> params, String name) {
    Collection<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  /**
   * The parameter {@code name} as a whole number, or {@code absent} when it is absent or blank.
   *
   * @throws InvalidRequestException with code {@code invalid_<name>} when it is not a number
   */
  public static int whole(
      Map<String, ? extends Collection<String>> params, String name, int absent) {
    String value = first(params, name);
    if (isBlank(value)) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          "invalid_" + name, name + " must be a whole number, got '" + value + "'");
    }
  }

  private static boolean flag(
      Map<String, ? extends Collection<String>> params, String name, boolean absent) {
    String value = first(params, name);
    if (isBlank(value)) {
      return absent;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidRequestException(
              "invalid_" + name, name + " must be true or false, got '" + value + "'");
    };
  }

  private static LocalDate date(Map<String, ? extends Collection<String>> params, String name) {
    String value = first(params, name);
    if (isBlank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "invalid_date", name + " must be a date as yyyy-mm-dd, got '" + value + "'");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
