package newsearch.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexerConfig;
import newsearch.indexer.NewsIndexer;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;

/** Builds small real indexes in temporary directories for tests. */
public final class TestIndex {

  private TestIndex() {}

  /** A treaty signed: the best match for {@code peace treaty}, in section News > Japan. */
  public static final Article TREATY_SIGNED =
      article(
          "j1",
          "Japan and Russia sign peace treaty",
          "The treaty ends decades of dispute.",
          "2021-10-07",
          "News > Japan");

  /** Treaty talks elsewhere, mentioning peace only in the body, in section News > Europe. */
  public static final Article TREATY_TALKS =
      article(
          "e1",
          "Paris talks on treaty",
          "A treaty on trade; peace is far off.",
          "2019-05-05",
          "News > Europe");

  /** An article with the fields tests vary most. */
  public static Article article(String id, String title, String body, String date, String section) {
    return new Article(
        id,
        title,
        null,
        body,
        date == null ? null : LocalDate.parse(date),
        SectionPath.parse(section),
        null,
        null,
        null,
        List.of());
  }

  /** An article with only an id, a title and a body. */
  public static Article article(String id, String title, String body) {
    return new Article(id, title, null, body, null, null, null, null, null, null);
  }

  /**
   * Two articles on the same peace talks, the first with id {@code firstTalksId} and the second
   * {@code kuril-2}, then one on interest rates ({@code ecb}): a pair of related articles and one
   * apart.
   */
  public static List<Article> peaceTalksAndRates(String firstTalksId) {
    return List.of(
        article(
            firstTalksId,
            "Japan and Russia resume peace treaty talks",
            "Talks on a peace treaty over the Kuril islands resumed in Moscow."),
        article(
            "kuril-2",
            "Peace treaty talks over the Kuril islands stall",
            "Japan and Russia failed to agree on the islands."),
        article(
            "ecb",
            "Central bank raises interest rates",
            "The European Central Bank raised rates to fight inflation."));
  }

  /** Publishes a new generation holding exactly {@code articles} under {@code root}. */
  public static IndexGenerations build(Path root, List<Article> articles) throws IOException {
    IndexGenerations gens = new IndexGenerations(root);
    Path dir = gens.createNext();
    try (NewsIndexer indexer = NewsIndexer.create(dir, new NewsSchema(), IndexerConfig.DEFAULTS)) {
      indexer.addAll(articles);
      indexer.commit(Map.of());
    }
    gens.publish(dir);
    return gens;
  }

  /**
   * Publishes a new generation holding exactly {@code articles}, each with its sentence vector,
   * under {@code root}.
   */
  public static IndexGenerations buildWithVectors(Path root, List<Article> articles)
      throws IOException {
    IndexGenerations gens = new IndexGenerations(root);
    Path dir = gens.createNext();
    try (NewsIndexer indexer =
        NewsIndexer.createWithVectors(dir, new NewsSchema(), IndexerConfig.DEFAULTS)) {
      indexer.addAll(articles);
      indexer.commit(Map.of());
    }
    gens.publish(dir);
    return gens;
  }

  /**
   * Publishes the articles under {@code root} and opens a searcher over them with {@code config}.
   */
  public static NewsSearcher open(Path root, List<Article> articles, SearchConfig config)
      throws IOException {
    return NewsSearcher.open(build(root, articles), new NewsSchema(), config);
  }

  /** Opens a searcher with the default configuration. */
  public static NewsSearcher open(IndexGenerations gens) throws IOException {
    return NewsSearcher.open(gens, new NewsSchema(), SearchConfig.DEFAULTS);
  }
}
