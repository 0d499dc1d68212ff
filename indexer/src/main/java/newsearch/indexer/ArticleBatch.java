package newsearch.indexer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;

/**
 * Articles handed to the index writer together, with the file each came from, so that an article
 * the writer refuses can be reported where it was read. Full at a number of articles or of body
 * characters, whichever comes first. Not thread-safe: filled by one thread, then handed on.
 */
final class ArticleBatch {

  private final int maxArticles;
  private final long maxChars;
  private final List<Article> articles = new ArrayList<>();
  private final Map<Article, Path> files = new IdentityHashMap<>();
  private long chars;

  /** An empty batch, full at {@code maxArticles} articles or {@code maxChars} body characters. */
  ArticleBatch(int maxArticles, long maxChars) {
    this.maxArticles = maxArticles;
    this.maxChars = maxChars;
  }

  /** Adds {@code article}, read from {@code file}. */
  void add(Article article, Path file) {
    articles.add(article);
    files.put(article, file);
    chars += article.body().length();
  }

  /** Whether the batch should be handed on. */
  boolean isFull() {
    return articles.size() >= maxArticles || chars >= maxChars;
  }

  /** The articles, in the order they were added. */
  List<Article> articles() {
    return articles;
  }

  /** The file {@code article} of this batch came from. */
  Path fileOf(Article article) {
    return files.get(article);
  }
}
