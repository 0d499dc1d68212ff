package newsearch.search;

import java.util.List;

/**
 * Facet counts over the articles that match a search.
 *
 * @param section the section tree; under a section filter, the counts are those without it
 *     (drill-sideways), so a user can switch sections
 * @param year publication years, newest first
 */
public record FacetCounts(List<FacetNode> section, List<FacetValue> year) {

  /** No facets, for an index without any. */
  public static final FacetCounts EMPTY = new FacetCounts(List.of(), List.of());

  /** Copies the lists. */
  public FacetCounts {
    section = List.copyOf(section);
    year = List.copyOf(year);
  }

  /**
   * One value of a hierarchical facet with its subsections.
   *
   * @param value the label at this level ({@code Japan})
   * @param count matching articles at or below this value
   * @param children the next level down, most frequent first
   */
  public record FacetNode(String value, long count, List<FacetNode> children) {
    /** Copies the list. */
    public FacetNode {
      children = List.copyOf(children);
    }
  }

  /**
   * One value of a flat facet.
   *
   * @param value the label ({@code 2021})
   * @param count matching articles with this value
   */
  public record FacetValue(String value, long count) {}
}
