/**
 * The benchmark suite's command line ({@link newsearch.bench.BenchCli}), run by {@code
 * bench/run.sh}: a corpus and query-mix generator, indexing and query benchmarks, and the results
 * report.
 */
package newsearch.bench;
