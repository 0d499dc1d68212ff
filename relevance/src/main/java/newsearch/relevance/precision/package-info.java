/**
 * Precision of short news queries without judgments: how many of the top hits hold every query
 * word, by relevance and newest first, measured through the service's own search ({@link
 * newsearch.relevance.precision.AllWordsPrecision}).
 */
package newsearch.relevance.precision;
