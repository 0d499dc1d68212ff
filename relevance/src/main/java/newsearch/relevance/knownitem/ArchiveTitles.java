package newsearch.relevance.knownitem;

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
 * Reads the titled articles of archive files with the indexer's own reader, so ids are those the
 * index holds. Untitled articles and rejected records are left out: a known item is remembered by
 * its title.
 */
public final class ArchiveTitles {

  private ArchiveTitles() {}

  /** The titled articles of {@code files}, in file and record order. */
  public static List<TitledArticle> read(List<Path> files) throws IOException {
    List<TitledArticle> titled = new ArrayList<>();
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            if (article.title() != null && !article.title().isBlank()) {
              titled.add(new TitledArticle(article.id(), article.title()));
            }
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
    return titled;
  }
}
