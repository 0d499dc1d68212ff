package newsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;

/**
 * Keeps what a reader reports, in order (articles, rejections, warnings): for callers that take a
 * small input whole, such as an incremental update, an admin request body or {@code newsearch
 * parse}. Not thread-safe.
 */
public final class CollectingSink implements ArticleSink {

  private final List<Article> articles = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<InputWarning> warnings = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public void warn(InputWarning warning) {
    warnings.add(warning);
  }

  /** The articles read, in order. */
  public List<Article> articles() {
    return articles;
  }

  /** The rejections, in order. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /** The warnings, in order. */
  public List<InputWarning> warnings() {
    return warnings;
  }

  /** The rejections as {@code line: detail}. */
  public List<String> rejectionLines() {
    return rejections.stream().map(r -> r.line() + ": " + r.detail()).toList();
  }
}
