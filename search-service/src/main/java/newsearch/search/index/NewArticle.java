package newsearch.search.index;

import newsearch.schema.Article;

/**
 * An article with its place in the order articles became searchable.
 *
 * @param article the stored article
 * @param position when it first became searchable
 */
public record NewArticle(Article article, SearchablePosition position) {}
