/**
 * In-process query benchmarks (JMH): the search core as the service calls it, and raw Lucene over
 * the same index with the same analysis and field weights.
 */
package newsearch.bench.query;
