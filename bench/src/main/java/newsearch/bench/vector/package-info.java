/**
 * Benchmarks of the sentence vectors: stand-in vectors of the model's dimension for large indexes,
 * the latency of hybrid against lexical ranking, and the comparison of embedding models on judged
 * collections ({@link newsearch.bench.vector.ModelComparison}).
 */
package newsearch.bench.vector;
