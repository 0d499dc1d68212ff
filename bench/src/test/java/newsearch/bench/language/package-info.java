/**
 * Measurements of language detection on short news texts, behind the choice of detector the indexer
 * uses.
 */
package newsearch.bench.language;
