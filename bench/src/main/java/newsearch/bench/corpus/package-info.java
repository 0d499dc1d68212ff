/**
 * Synthetic test data: a seeded, deterministic, streamed news corpus ({@link
 * newsearch.bench.corpus.CorpusGenerator}) and a query mix drawn from it ({@link
 * newsearch.bench.corpus.QueryMixGenerator}), written as files that every runner reads.
 */
package newsearch.bench.corpus;
