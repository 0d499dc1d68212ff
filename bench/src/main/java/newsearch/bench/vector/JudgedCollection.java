package newsearch.bench.vector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.indexer.ContentDuplicates;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.CollectingSink;
import newsearch.relevance.Qrels;
import newsearch.relevance.Topic;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.TopicsFile;
import newsearch.schema.Article;

/**
 * A test collection as the product would index and be asked it: the articles a reindex keeps (read
 * by the product's own reader, later copies of the same text skipped as a reindex skips them), and
 * the judged topics with their judgments.
 *
 * @param name the collection's name in reports
 * @param articles the articles kept, in file order
 * @param rejected the input lines the reader rejected
 * @param duplicates the articles skipped as copies of an earlier one
 * @param topics the topics that have judgments, in file order
 * @param qrels the judgments
 */
public record JudgedCollection(
    String name,
    List<Article> articles,
    int rejected,
    int duplicates,
    List<Topic> topics,
    Qrels qrels) {

  /** Copies the lists. */
  public JudgedCollection {
    articles = List.copyOf(articles);
    topics = List.copyOf(topics);
  }

  /**
   * Reads a collection: articles from any file {@code reindex} reads (such as {@code .jsonl}),
   * topics from a {@code queries.tsv}, judgments from a TREC qrels file.
   *
   * @throws IOException if a file cannot be read, or the topics or judgments are malformed
   */
  public static JudgedCollection read(String name, Path articles, Path queries, Path qrels)
      throws IOException {
    CollectingSink sink = new CollectingSink();
    new ArticleFileReader().readOrReject(articles, sink, bytes -> {});
    ContentDuplicates copies = new ContentDuplicates();
    List<Article> kept = new ArrayList<>();
    for (Article article : sink.articles()) {
      if (!copies.isDuplicate(article)) {
        kept.add(article);
      }
    }
    Qrels judgments = QrelsFile.read(qrels);
    List<Topic> judged =
        TopicsFile.read(queries).stream()
            .filter(topic -> !judgments.grades(topic.id()).isEmpty())
            .toList();
    return new JudgedCollection(
        name,
        kept,
        sink.rejections().size(),
        sink.articles().size() - kept.size(),
        judged,
        judgments);
  }
}
