/**
 * Help with what to type: completions of the search box from titles and their shared phrases,
 * rebuilt in the background as the index changes, and respellings of a query that found little.
 */
package newsearch.search.suggest;
