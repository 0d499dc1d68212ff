package newsearch.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsearch.schema.LanguageTag;
import newsearch.schema.SectionPath;

/**
 * Reads a search request from named text parameters, as a query string or a form carries them:
 * {@code q}, {@code section} (repeatable), {@code from}, {@code to}, {@code sort}, {@code page},
 * {@code size}, {@code cursor}, {@code facets} and {@code partial} ({@code true} or {@code false}),
 * {@code lang} (the query's language) and {@code language} (languages to search in: repeatable, and
 * each value may be a comma list, so {@code language=es&language=pt} and {@code language=es,pt}
 * agree), {@code spell} ({@code auto} or {@code exact}) and {@code undated} ({@code include},
 * {@code exclude} or {@code only}) and {@code ranking} ({@code lexical}, {@code semantic} or {@code
 * hybrid}). Unknown names are ignored; a malformed value is an {@link InvalidRequestException}
 * naming the parameter and the value. The suggest and related-articles routes read their {@code q}
 * and {@code size} with {@link #first} and {@link #whole}.
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
        queryLanguage(params),
        languages(params),
        flag(params, "partial", false),
        isBlank(first(params, "spell")) ? null : Spelling.parse(first(params, "spell")),
        isBlank(first(params, "undated")) ? null : UndatedArticles.parse(first(params, "undated")),
        isBlank(first(params, "ranking")) ? null : Ranking.parse(first(params, "ranking")));
  }

  /** The {@code lang} parameter as an ISO 639-1 code, or null when absent. */
  private static String queryLanguage(Map<String, ? extends Collection<String>> params) {
    String value = first(params, "lang");
    if (isBlank(value)) {
      return null;
    }
    String code = LanguageTag.primary(value);
    if (code == null || !code.equals(value.strip().toLowerCase(Locale.ROOT))) {
      throw new InvalidRequestException(
          "invalid_lang", "lang must be an ISO 639-1 code such as es, got '" + value + "'");
    }
    return code;
  }

  /** Every code of every {@code language} value, each once, in the order given. */
  private static List<String> languages(Map<String, ? extends Collection<String>> params) {
    Collection<String> values = params.get("language");
    Set<String> codes = new LinkedHashSet<>();
    for (String value : values == null ? List.<String>of() : values) {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        String code = LanguageTag.primary(part);
        if (code == null || !code.equals(part.strip().toLowerCase(Locale.ROOT))) {
          throw new InvalidRequestException(
              "invalid_language",
              "language must be ISO 639-1 codes such as es, got '" + part.strip() + "'");
        }
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  /**
   * The query, filters and order of {@code params} ({@code q}, {@code section}, {@code language},
   * {@code from}, {@code to}, {@code sort}, {@code lang}), read as {@link #parse} reads them, for
   * the routes that analyse or export every match rather than a page: {@code page}, {@code size}
   * and {@code cursor} are theirs to mean something else by, and are ignored here.
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
