/**
 * The indexing benchmark: the reindex job against a bare IndexWriter loop with the same analysis,
 * documents, threads and RAM buffer ({@link newsearch.bench.indexing.IndexingBenchmark}).
 */
package newsearch.bench.indexing;
