/**
 * The order of the matches: the ranking orders and their cursors, the time-budgeted ranking and
 * counting, proximity re-ranking of the top, freshness, and the collapsing of copies of one story
 * across the whole ranking.
 */
package newsearch.search.rank;
