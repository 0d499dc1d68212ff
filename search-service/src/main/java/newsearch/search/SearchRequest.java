package newsearch.search;

import java.time.LocalDate;
import java.util.List;
import newsearch.schema.SectionPath;

/**
 * One validated search: what to look for, where, in which order, and which page.
 *
 * @param query the user's query text; empty to browse the newest articles
 * @param sections sections to search in (any of them); a section includes its subsections
 * @param from earliest publication date, inclusive, or null
 * @param to latest publication date, inclusive, or null
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page
 * @param cursor where the previous page ended, from its response; null for page-numbered paging
 * @param facets whether to count facets; without them the search is cheaper, and its total exact
 *     only up to {@link LimitsConfig#exactTotalUpTo} (a lower bound beyond)
 * @param ranking what a relevance ranking weighs; null for the configured one ({@link
 *     FusionConfig#ranking})
 */
public record SearchRequest(
    String query,
    List<SectionPath> sections,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    String cursor,
    boolean facets,
    Ranking ranking) {

  /** A request with the configured ranking. */
  public SearchRequest(
      String query,
      List<SectionPath> sections,
      LocalDate from,
      LocalDate to,
      SortOrder sort,
      int page,
      int size,
      String cursor,
      boolean facets) {
    this(query, sections, from, to, sort, page, size, cursor, facets, null);
  }

  /** Checks what does not depend on configured limits; see {@link SearchParameters}. */
  public SearchRequest {
    query = query == null ? "" : query.strip();
    sections = sections == null ? List.of() : List.copyOf(sections);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (page < 1) {
      throw new InvalidRequestException("invalid_page", "page must be 1 or more, got " + page);
    }
    if (size < 1) {
      throw new InvalidRequestException("invalid_size", "size must be 1 or more, got " + size);
    }
    cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    if (cursor != null && page != 1) {
      throw new InvalidRequestException(
          "invalid_page", "page and cursor cannot be combined; the cursor says where to go on");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException(
          "invalid_date_range", "from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A first-page relevance search for {@code query} with default settings. */
  public static SearchRequest of(String query, int size) {
    return new SearchRequest(
        query, List.of(), null, null, SortOrder.RELEVANCE, 1, size, null, true);
  }

  /** The ranking asked for, or {@code configured} when the request names none. */
  public Ranking rankingOr(Ranking configured) {
    return ranking == null ? configured : ranking;
  }

  /** Whether there is no query text, so the newest articles are listed. */
  public boolean isBrowse() {
    return query.isEmpty();
  }

  /** Whether a section or a date bound narrows the search. */
  public boolean isFiltered() {
    return !sections.isEmpty() || from != null || to != null;
  }
}
