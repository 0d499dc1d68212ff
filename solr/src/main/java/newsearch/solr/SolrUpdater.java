package newsearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsearch.indexer.InputFiles;
import newsearch.indexer.UpdateReport;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.CollectingSink;
import newsearch.ingest.InputWarning;
import newsearch.ingest.Rejection;
import newsearch.schema.Article;
import newsearch.schema.NewsSchema;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

/**
 * Adds, replaces and deletes articles by id in the collection an alias points at, as {@code
 * newsearch index} and {@code delete} do in the local index, with the same reports. Updates are
 * small: the articles of one call are read into memory first. Does not close its client.
 */
public final class SolrUpdater {

  /** Ids looked up in one search: well under Solr's default limit of 1,024 boolean clauses. */
  private static final int LOOKUP_IDS = 500;

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
    if (!existing.isEmpty()) {
      // A replaced article whose text changed routes to another shard: its old version goes first.
      client.deleteById(alias, new ArrayList<>(existing));
    }
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

  /**
   * Which of {@code ids} the collection holds, as searched: a real-time get would look for each id
   * on the shard its hash names, but the collection routes by {@link SolrFields#ROUTE}.
   */
  private Set<String> existing(String alias, Set<String> ids)
      throws IOException, SolrServerException {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += LOOKUP_IDS) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_IDS));
      SolrQuery query =
          new SolrQuery(
              NewsSchema.ID
                  + ":("
                  + chunk.stream()
                      .map(ClientUtils::escapeQueryChars)
                      .collect(Collectors.joining(" "))
                  + ")");
      // The collection's default parser is edismax, which would read the ids as words.
      query.set("defType", "lucene");
      query.set("q.op", "OR");
      query.setFields(NewsSchema.ID);
      query.setRows(chunk.size());
      for (SolrDocument doc : client.query(alias, query, SolrRequest.METHOD.POST).getResults()) {
        found.add((String) doc.getFieldValue(NewsSchema.ID));
      }
    }
    return found;
  }
}
