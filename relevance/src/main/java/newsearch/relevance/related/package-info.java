/**
 * How good the related articles of an article are: {@link
 * newsearch.relevance.related.RelatedJudgments} says which articles belong together (judged
 * relevant to one query, or filed in one section), and {@link
 * newsearch.relevance.related.RelatedArticlesBenchmark} asks the searcher for the related articles
 * of each seed, by each ranking, and scores them.
 */
package newsearch.relevance.related;
