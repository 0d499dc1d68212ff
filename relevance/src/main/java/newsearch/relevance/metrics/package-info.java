/**
 * Effectiveness metrics computed as {@code trec_eval -c} (10.0) computes them, and the {@link
 * newsearch.relevance.metrics.Evaluation} of a run against judgments.
 *
 * <p>The rules that decide the numbers, all taken from trec_eval:
 *
 * <ul>
 *   <li>A run's documents are ranked by score descending, equal scores by document id descending as
 *       byte strings; the rank column plays no part.
 *   <li>A document is relevant when its grade is 1 or more. Unjudged documents count as not
 *       relevant.
 *   <li>nDCG's gain is the grade (none for grades of 0 and below), discounted by log2(rank + 1).
 *       The ideal ranking is every judged document with a positive grade, highest grade first.
 *       {@code ndcg@10} cuts both the run and the ideal ranking at 10.
 *   <li>Queries are those of the judgments (trec_eval's {@code -c}), every one of them, including a
 *       query whose judgments are all non-relevant: it scores 0 everywhere. A judged query the run
 *       has no results for scores 0. Queries of the run that were not judged are ignored.
 *   <li>A mean is the sum over those queries divided by their number ({@code num_q}).
 * </ul>
 */
package newsearch.relevance.metrics;
