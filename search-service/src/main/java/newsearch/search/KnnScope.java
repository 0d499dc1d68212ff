package newsearch.search;

import com.google.gson.annotations.SerializedName;

/**
 * Where a hybrid ranking looks for the nearest articles by meaning: among the matches of the words,
 * or anywhere the request's filters allow. Within the matches, a hybrid ranking re-orders the
 * lexical matches and adds none; anywhere, it also brings in articles that hold none of the words.
 * A short query is one whose every word the matching rule ({@code min_should_match}) requires.
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
  LONG_QUERIES,
  /**
   * A short query (as for {@link #LONG_QUERIES}) is ranked by its words alone, untouched by the
   * vectors; a longer one is fused with the nearest articles among every article the filters allow.
   */
  @SerializedName("long_queries_only")
  LONG_QUERIES_ONLY
}
