/**
 * Saved searches and alerts: searches stored durably next to the index ({@link
 * newsearch.search.alert.SavedSearches}), matched against every article that becomes searchable for
 * the first time, each match recorded once, listed in the search's feed and posted, signed, to its
 * webhook.
 */
package newsearch.search.alert;
