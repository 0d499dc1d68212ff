/**
 * Hits as a reader sees them: stored fields read for the shown documents, and snippets with the
 * query's words marked, escaped for HTML.
 */
package newsearch.search.highlight;
