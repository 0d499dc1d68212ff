package newsearch.ingest;

import newsearch.schema.Article;

/** Receives what a reader makes of its input: articles, and rejections with their reasons. */
public interface ArticleSink {

  /** Takes one article read from the input. */
  void accept(Article article);

  /** Takes one input that could not become an article. */
  void reject(Rejection rejection);
}
