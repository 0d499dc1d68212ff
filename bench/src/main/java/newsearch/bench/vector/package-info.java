/**
 * Benchmarks of the sentence vectors: stand-in vectors of the model's dimension for large indexes,
 * and the latency of hybrid against lexical ranking.
 */
package newsearch.bench.vector;
