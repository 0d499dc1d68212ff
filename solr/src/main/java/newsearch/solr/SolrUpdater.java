package newsearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.indexer.InputFiles;
import newsearch.indexer.UpdateReport;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocument;

/**
 * Adds, replaces and deletes articles by id in the collection an alias points at, as {@code
 * newsearch index} and {@code delete} do in the local index, with the same reports. Updates are
 * small: the articles of one call are read into memory first. Does not close its client.
 */
public final class SolrUpdater {

  private final CloudSolrClient client;
  private final SolrLoadConfig config;
  private final ArticleFileReader reader = new ArticleFileReader();

  public SolrUpdater(CloudSolrClient client, SolrLoadConfig config) {
    this.client = client;
    this.config = config;
  }

  /** Reads {@code inputs} and adds their articles to {@code alias}, replacing those by id. */
  public UpdateReport update(List<Path> inputs, String alias)
      throws IOException, SolrServerException {
    CollectingSink sink = new CollectingSink();
    InputFiles.list(inputs, reader).read(reader, sink, bytes -> {}, () -> {});
    List<Article> articles = sink.articles();
    Set<String> ids = new LinkedHashSet<>();
    articles.forEach(article -> ids.add(article.id()));
    Set<String> existing = existing(alias, ids);
    BatchSender sender = new BatchSender(client, alias, config);
    long now = System.currentTimeMillis();
    for (Article article : articles) {
      sender.add(SolrDocuments.of(article, now));
    }
    sender.commit();
    return new UpdateReport(
        alias,
        ids.size() - existing.size(),
        existing.size(),
        0,
        List.of(),
        sink.rejections().stream().map(Rejection::toString).toList(),
        Rejection.Reason.labelled(Rejection.countByReason(sink.rejections())),
        sink.warnings().stream().map(InputWarning::toString).toList());
  }

  /** Deletes the articles of {@code ids} from {@code alias}; those it lacks are named. */
  public UpdateReport delete(List<String> ids, String alias)
      throws IOException, SolrServerException {
    Set<String> existing = existing(alias, new LinkedHashSet<>(ids));
    if (!existing.isEmpty()) {
      client.deleteById(alias, new ArrayList<>(existing));
      client.commit(alias, true, true);
    }
    List<String> notFound = ids.stream().filter(id -> !existing.contains(id)).toList();
    return new UpdateReport(alias, 0, 0, existing.size(), notFound, List.of(), Map.of(), List.of());
  }

  /** Which of {@code ids} the collection holds. */
  private Set<String> existing(String alias, Set<String> ids)
      throws IOException, SolrServerException {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += config.batchSize()) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + config.batchSize()));
      for (SolrDocument doc : client.getById(alias, chunk)) {
        found.add((String) doc.getFieldValue(NewsSchema.ID));
      }
    }
    return found;
  }
}
