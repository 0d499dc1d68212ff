package newsearch.relevance.knownitem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.relevance.io.ArchiveArticles;

/**
 * The titled articles of archive files, read as the indexer reads them, so ids are those the index
 * holds. Untitled articles are left out: a known item is remembered by its title.
 */
public final class ArchiveTitles {

  private ArchiveTitles() {}

  /** The titled articles of {@code files}, in file and record order. */
  public static List<TitledArticle> read(List<Path> files) throws IOException {
    return ArchiveArticles.read(files).stream()
        .filter(article -> article.title() != null && !article.title().isBlank())
        .map(article -> new TitledArticle(article.id(), article.title()))
        .toList();
  }
}
