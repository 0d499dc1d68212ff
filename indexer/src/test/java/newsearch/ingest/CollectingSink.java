package newsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;

/** Keeps what a reader reports, in order, for tests to look at. */
final class CollectingSink implements ArticleSink {

  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  /** The rejections as {@code line: reason}, which is how a user sees them. */
  List<String> rejectionLines() {
    return rejections.stream().map(r -> r.line() + ": " + r.reason()).toList();
  }
}
