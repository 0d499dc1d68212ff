/**
 * Sentence embeddings: {@link newsearch.embedding.SentenceEncoder} turns text into a vector with a
 * small model whose weights and native runtime come inside Maven Central jars, on the CPU, with
 * nothing fetched at run time; {@link newsearch.embedding.EmbeddingCache} keeps the vectors of an
 * index's articles on disk by content {@link newsearch.embedding.Fingerprint} so that a reindex
 * embeds only new or changed text.
 */
package newsearch.embedding;
