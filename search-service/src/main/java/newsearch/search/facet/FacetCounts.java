package newsearch.search.facet;

import java.util.List;

/**
 * Facet counts over the articles that match a search.
 *
 * @param section the section tree; under a section filter, the counts are those without it
 *     (drill-sideways), so a user can switch sections
 * @param year publication years, newest first
 * @param month publication months ({@code 2021-10}), newest first
 * @param recent articles of the past day, week, month and year; under a date filter, the counts are
 *     those without it, like the year and month counts
 * @param language article languages, most articles first, labelled with each language's name in
 *     itself ({@code Español}); under a language filter, the counts are those without it
 * @param undated articles without a publication date, counted like the years: the facet's "Undated"
 *     value, which {@code undated=only} filters to
 */
public record FacetCounts(
    List<FacetNode> section,
    List<FacetValue> year,
    List<FacetValue> month,
    List<RecentCount> recent,
    List<FacetValue> language,
    long undated) {

  /** No facets, for an index without any. */
  public static final FacetCounts EMPTY =
      new FacetCounts(List.of(), List.of(), List.of(), List.of(), List.of(), 0);

  /** Copies the lists. */
  public FacetCounts {
    section = List.copyOf(section);
    year = List.copyOf(year);
    month = List.copyOf(month);
    recent = List.copyOf(recent);
    language = List.copyOf(language);
  }

  /**
   * Articles published in a recent period.
   *
   * @param value the period: {@code day}, {@code week}, {@code month} or {@code year}
   * @param count articles published since {@code from}
   * @param from the first day of the period, for a {@code from=} filter
   */
  public record RecentCount(String value, long count, String from) {}

  /**
   * One value of a hierarchical facet with its subsections.
   *
   * @param value the value at this level, as indexed ({@code acq}); filters name it
   * @param label its display name ({@code Acquisitions}), the value itself unless one is given
   * @param count matching articles at or below this value
   * @param children the next level down, most frequent first
   */
  public record FacetNode(String value, String label, long count, List<FacetNode> children) {
    /** Copies the list. */
    public FacetNode {
      children = List.copyOf(children);
    }

    /** A value shown as itself. */
    public FacetNode(String value, long count, List<FacetNode> children) {
      this(value, value, count, children);
    }
  }

  /**
   * One value of a flat facet, or one section path of a search of them.
   *
   * @param value the value as indexed ({@code 2021}, {@code News > acq}); filters name it
   * @param label its display name, the value itself unless one is given
   * @param count matching articles with this value
   */
  public record FacetValue(String value, String label, long count) {

    /** A value shown as itself. */
    public FacetValue(String value, long count) {
      this(value, value, count);
    }
  }
}
