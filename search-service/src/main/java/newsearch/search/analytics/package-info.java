/**
 * Analytics over the matches of a query: how many fall on each day, week, month or year and what
 * share of the archive's articles of that period they are ({@link Timeline}), which words and
 * two-word phrases are unusually frequent in them ({@link SignificantTerms}), and which are rising
 * in the newest articles ({@link TrendingTerms}). Plain Java over Lucene readers, no HTTP; the
 * search core's {@code NewsAnalytics} decides which documents they read.
 */
package newsearch.search.analytics;
