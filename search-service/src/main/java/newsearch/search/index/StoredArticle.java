package newsearch.search.index;

import newsearch.schema.Article;

/**
 * A stored article as the article route serves it: whole but for its body, which may be cut so that
 * one very long article cannot take a request's worth of memory many times over.
 *
 * @param article the stored article, its body possibly cut short or left empty
 * @param bodyTruncated whether the body is shorter than the one stored
 */
public record StoredArticle(Article article, boolean bodyTruncated) {}
