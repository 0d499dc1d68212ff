package newsearch.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.SearchRequest;

/**
 * The filters of a search as Solr filter queries, each tagged with the facet it narrows, so that
 * the facet can count as if it were not set (drill-sideways), as {@link
 * newsearch.search.facet.SidewaysFacets} does locally: sections by their level values, languages,
 * and the date range with or without the undated articles as one date filter.
 */
final class SolrFilters {

  /** The tag of the section filter, which the section facet excludes. */
  static final String SECTION = "section";

  /** The tag of the language filter, which the language facet excludes. */
  static final String LANGUAGE = "language";

  /** The tag of the date and undated filter, which the date facets exclude. */
  static final String DATE = "date";

  /** The articles with a date. */
  static final String DATED = NewsSchema.DATE + ":[* TO *]";

  /** The articles without a date. */
  static final String UNDATED = "(*:* -" + DATED + ")";

  private SolrFilters() {}

  /** The tagged filter queries of {@code request}, whose dates are {@code from} to {@code to}. */
  static List<String> of(SearchRequest request, LocalDate from, LocalDate to) {
    List<String> filters = new ArrayList<>();
    if (!request.sections().isEmpty()) {
      filters.add(
          tagged(
              SECTION,
              request.sections().stream()
                  .map(SolrFilters::sectionValue)
                  .map(v -> SolrFields.SECTION_PATH + ":" + quoted(v))
                  .collect(Collectors.joining(" OR "))));
    }
    if (!request.languages().isEmpty()) {
      filters.add(
          tagged(
              LANGUAGE,
              request.languages().stream()
                  .map(l -> NewsSchema.LANGUAGE + ":" + quoted(l))
                  .collect(Collectors.joining(" OR "))));
    }
    String dates = dates(request, from, to);
    if (dates != null) {
      filters.add(tagged(DATE, dates));
    }
    return filters;
  }

  /** The value of {@link SolrFields#SECTION_PATH} that every article in {@code section} holds. */
  static String sectionValue(SectionPath section) {
    List<String> levels = SolrDocuments.levels(section.parts());
    return levels.get(levels.size() - 1);
  }

  /** The articles of {@code day} or later, as a Solr range. */
  static String since(LocalDate day) {
    return NewsSchema.DATE + ":[" + day + "T00:00:00Z TO *]";
  }

  /** The date filter as the local planner builds it; null when the request narrows by neither. */
  private static String dates(SearchRequest request, LocalDate from, LocalDate to) {
    boolean range = from != null || to != null;
    String dated = range ? NewsSchema.DATE + ":[" + day(from) + " TO " + day(to) + "]" : DATED;
    return switch (request.undated()) {
      case ONLY -> UNDATED;
      case EXCLUDE -> dated;
      case INCLUDE -> range ? "(" + dated + " OR " + UNDATED + ")" : null;
    };
  }

  private static String day(LocalDate day) {
    return day == null ? "*" : day + "T00:00:00Z";
  }

  private static String tagged(String tag, String query) {
    return "{!tag=" + tag + "}" + query;
  }

  /** {@code value} as a quoted term of Solr's standard query syntax. */
  static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
