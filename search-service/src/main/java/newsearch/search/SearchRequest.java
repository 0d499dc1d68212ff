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
 * @param queryLanguage the language the query is written in (ISO 639-1), whose analysis its words
 *     get; null when unknown, and then every analysed language's is searched
 * @param languages languages to search in (any of them, ISO 639-1); empty for all
 * @param partial whether the query is still being typed: its last word is then the beginning of a
 *     word ({@code oil pr} finds oil prices), as results shown while typing need
 * @param spelling whether misspelt words may be corrected ({@code spell}); null for {@link
 *     Spelling#AUTO}
 * @param undated whether articles without a date match ({@code undated}); null for {@linkplain
 *     UndatedArticles#byDefault the default}, which depends on whether a date range is given
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
    String queryLanguage,
    List<String> languages,
    boolean partial,
    Spelling spelling,
    UndatedArticles undated,
    Ranking ranking) {

  /** Checks what does not depend on configured limits; see {@link SearchParameters}. */
  public SearchRequest {
    query = query == null ? "" : query.strip();
    sections = sections == null ? List.of() : List.copyOf(sections);
    languages = languages == null ? List.of() : List.copyOf(languages);
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
    spelling = spelling == null ? Spelling.AUTO : spelling;
    undated = undated == null ? UndatedArticles.byDefault(from != null || to != null) : undated;
    if (undated == UndatedArticles.ONLY && (from != null || to != null)) {
      throw new InvalidRequestException(
          "invalid_undated",
          "undated=only cannot be combined with from or to: undated has no date");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException(
          "invalid_date_range", "from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A finished query in every language, with the default spelling and undated articles. */
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
    this(
        query, sections, from, to, sort, page, size, cursor, facets, null, List.of(), false, null,
        null, null);
  }

  /** The same request narrowed to the dates between {@code from} and {@code to}, inclusive. */
  public SearchRequest between(LocalDate from, LocalDate to) {
    return with(query, from, to);
  }

  /** This request for {@code text} instead of its query, all else kept. */
  public SearchRequest withQuery(String text) {
    return with(text, from, to);
  }

  /** This request ranked by {@code value} (null for the configured ranking), all else kept. */
  public SearchRequest withRanking(Ranking value) {
    return with(query, from, to, partial, value);
  }

  /** This request with its last word still being typed, or not, all else kept. */
  public SearchRequest withPartial(boolean typing) {
    return with(query, from, to, typing, ranking);
  }

  private SearchRequest with(String text, LocalDate start, LocalDate end) {
    return with(text, start, end, partial, ranking);
  }

  private SearchRequest with(
      String text, LocalDate start, LocalDate end, boolean typing, Ranking value) {
    return new SearchRequest(
        text,
        sections,
        start,
        end,
        sort,
        page,
        size,
        cursor,
        facets,
        queryLanguage,
        languages,
        typing,
        spelling,
        undated,
        value);
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

  /** Whether a section, a language, a date bound or the undated rule narrows the search. */
  public boolean isFiltered() {
    return !sections.isEmpty()
        || !languages.isEmpty()
        || from != null
        || to != null
        || undated != UndatedArticles.byDefault(false);
  }
}
