package newsearch.search;

import java.util.List;
import newsearch.search.facet.FacetCounts;

/**
 * The answer to one search. Copies of one wire story are collapsed into the best-ranked copy, which
 * says how many others it stands for; {@code total} counts every matching article.
 *
 * @param total number of matching articles: exact when {@code totalExact}, else a lower bound
 * @param tookMs time spent searching, in milliseconds
 * @param page the page returned
 * @param size the page size asked for
 * @param parsedQuery how the query text was read, in the user syntax, with every operator and date
 *     explicit
 * @param hits the articles on this page, best first
 * @param facets counts by section and date over the matching articles
 * @param cursor pass it back as {@code cursor} for the next page; null after the last page
 * @param suggestion a better spelling of the query that was not searched, since the request asked
 *     for {@code spell=exact}; otherwise null
 * @param correctedQuery the query with its spelling corrected, when the hits are those of the
 *     correction rather than of the query as typed; otherwise null
 * @param originalQuery the query as typed, when {@code correctedQuery} was searched instead;
 *     otherwise null
 * @param totalExact whether {@code total} is exact; a search without facets stops counting at
 *     {@link LimitsConfig#exactTotalUpTo}
 * @param partial whether the search ran out of its time budget: the hits, total and facets are then
 *     those found until it stopped, not all of them
 * @param sort the order the hits are in, {@code relevance}, {@code date} or {@code oldest}: the one
 *     asked for, or {@code date} when browsing without query words, since relevance means nothing
 *     without them
 * @param relaxed whether no article held the words the matching rule requires, so the hits are
 *     those of the query without some of its words ({@code droppedWords})
 * @param droppedWords the words and phrases left out when {@code relaxed}, as written in {@code
 *     parsedQuery}; empty otherwise
 */
public record SearchResponse(
    long total,
    boolean totalExact,
    long tookMs,
    int page,
    int size,
    String parsedQuery,
    List<Hit> hits,
    FacetCounts facets,
    String cursor,
    String suggestion,
    String correctedQuery,
    String originalQuery,
    boolean partial,
    String sort,
    boolean relaxed,
    List<String> droppedWords) {

  /** Copies the lists. */
  public SearchResponse {
    hits = List.copyOf(hits);
    droppedWords = List.copyOf(droppedWords);
  }
}
