/**
 * The data of a relevance experiment: {@link newsearch.relevance.Topic topics} (queries), {@link
 * newsearch.relevance.Qrels judgments} and {@link newsearch.relevance.Run runs} (ranked results).
 *
 * <p>These records hold what the TREC formats hold and validate it on construction, so every other
 * package can rely on well-formed identifiers, finite scores and no duplicate documents. A run
 * keeps each query's documents in the order trec_eval ranks them: score descending, equal scores by
 * document id descending as UTF-8 byte strings.
 */
package newsearch.relevance;
