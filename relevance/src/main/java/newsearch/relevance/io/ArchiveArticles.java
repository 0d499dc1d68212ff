package newsearch.relevance.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.ArticleSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;

/**
 * Reads the articles of archive files with the indexer's own reader, so that ids and sections are
 * those the index holds. Rejected records are left out, as the indexer leaves them out.
 */
public final class ArchiveArticles {

  private ArchiveArticles() {}

  /** The articles of {@code files}, in file and record order. */
  public static List<Article> read(List<Path> files) throws IOException {
    List<Article> articles = new ArrayList<>();
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            articles.add(article);
          }

          @Override
          public void reject(Rejection rejection) {}

          @Override
          public void warn(InputWarning warning) {}
        };
    ArticleFileReader reader = new ArticleFileReader();
    for (Path file : files) {
      reader.read(file, sink);
    }
    return articles;
  }
}
