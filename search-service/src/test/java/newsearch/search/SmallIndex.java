package newsearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.NewsIndexer;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;

/** Writes small indexes for tests: each call publishes a new generation holding some articles. */
public final class SmallIndex {

  private SmallIndex() {}

  /** An article with only an id, a title and a body. */
  public static Article article(String id, String title, String body) {
    return new Article(id, title, null, body, null, null, null, null, null, null);
  }

  /** Publishes a new generation under {@code root} that holds exactly {@code articles}. */
  public static IndexGenerations publish(Path root, List<Article> articles) throws IOException {
    IndexGenerations generations = new IndexGenerations(root);
    Path dir = generations.createNext();
    try (NewsIndexer indexer = NewsIndexer.create(dir, new NewsSchema(), IndexerConfig.DEFAULTS)) {
      indexer.addAll(articles);
      indexer.commit(Map.of());
    }
    generations.publish(dir);
    return generations;
  }

  /** Publishes the articles and opens a searcher over them with {@code config}. */
  public static NewsSearcher open(Path root, List<Article> articles, SearchConfig config)
      throws IOException {
    return NewsSearcher.open(publish(root, articles), new NewsSchema(), config);
  }
}
