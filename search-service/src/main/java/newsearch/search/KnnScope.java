package newsearch.search;

import com.google.gson.annotations.SerializedName;

/**
 * Where a hybrid ranking looks for the nearest articles by meaning: among the matches of the words,
 * or anywhere the request's filters allow. Within the matches, a hybrid ranking re-orders the
 * lexical matches and adds none; anywhere, it also brings in articles that hold none of the words.
 */
public enum KnnScope {
  /** Among the articles that hold the words as the matching rule requires, under the filters. */
  @SerializedName("matches")
  MATCHES,
  /** Among every article the filters allow, whether or not it holds the words. */
  @SerializedName("filters")
  FILTERS,
  /**
   * Among the matches for a query whose every word the matching rule requires (a short one), so
   * that its top hits hold all its words; among every article the filters allow for a longer one.
   */
  @SerializedName("long_queries")
  LONG_QUERIES
}
