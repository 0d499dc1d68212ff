package newsearch.relevance.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.InputFiles;
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

  /**
   * The articles of {@code files} and of the supported files in the folders among them, in the
   * order {@code reindex} reads them.
   *
   * @throws NoSuchFileException naming the first input that does not exist
   */
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
    InputFiles inputs = InputFiles.list(files, reader);
    if (!inputs.missing().isEmpty()) {
      throw new NoSuchFileException(inputs.missing().get(0).file().toString());
    }
    inputs.read(reader, sink, bytes -> {}, () -> {});
    return articles;
  }
}
