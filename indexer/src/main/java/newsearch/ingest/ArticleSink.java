package newsearch.ingest;

import java.nio.file.Path;
import newsearch.schema.Article;

/**
 * Receives what a reader makes of its input: articles, rejections with their reasons, and warnings
 * about articles that were kept with a gap.
 */
public interface ArticleSink {

  /**
   * Notes the file whose articles, rejections and warnings come next; called by {@link
   * ArticleFileReader#readOrReject} before it reads. Ignored unless a sink needs to know.
   */
  default void startFile(Path file) {}

  /** Takes one article read from the input. */
  void accept(Article article);

  /** Takes one input that could not become an article. */
  void reject(Rejection rejection);

  /** Takes a problem with an article that was still accepted, such as an unreadable date. */
  void warn(InputWarning warning);
}
