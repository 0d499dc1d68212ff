package newsearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newsearch.indexer.InputFiles;
import newsearch.indexer.NothingIndexedException;
import newsearch.indexer.ReindexReport;
import newsearch.ingest.ArticleFileReader;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Loads articles into SolrCloud through the same readers as the local index, behind an alias that
 * the service queries: a reindex builds a new collection ({@code ALIAS_000001}, {@code
 * ALIAS_000002}, ...), verifies that it holds every article sent, and only then points the alias at
 * it, so searches never see a half-built collection. Rollback points the alias at the previous one.
 * Does not close its client; not thread-safe.
 */
public final class SolrLoader {

  private final CloudSolrClient client;
  private final SolrCollections collections;
  private final SolrLoadConfig config;
  private final ArticleFileReader reader = new ArticleFileReader();

  public SolrLoader(CloudSolrClient client, SolrLoadConfig config) {
    this.client = client;
    this.collections = new SolrCollections(client);
    this.config = config;
  }

  /**
   * Reads {@code inputs} into a new collection on {@code configset}, verifies it, points {@code
   * alias} at it and drops collections beyond those kept.
   *
   * @throws NothingIndexedException when the inputs held no article; the alias is unchanged
   * @throws IOException when Solr refuses a batch every try or the verification fails
   */
  public ReindexReport reindex(List<Path> inputs, String alias, String configset)
      throws IOException, SolrServerException {
    long start = System.nanoTime();
    InputFiles files = InputFiles.list(inputs, reader);
    String collection = nextCollection(alias);
    collections.create(collection, configset, config.shards(), config.replicas());
    BatchSender sender = new BatchSender(client, collection, config);
    LoadingSink sink = new LoadingSink(sender, System.currentTimeMillis());
    try {
      files.read(reader, sink, bytes -> {}, () -> {});
      sender.commit();
      if (sink.distinct() == 0) {
        throw new NothingIndexedException("no article in " + inputs + "; the alias is unchanged");
      }
      verify(collection, sink.distinct());
    } catch (UncheckedIOException e) {
      collections.delete(collection);
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      collections.delete(collection);
      throw e;
    }
    collections.pointAlias(alias, collection);
    prune(alias);
    return new ReindexReport(
        collection,
        files.files().size(),
        sink.articles(),
        sink.distinct(),
        sink.duplicatesSkipped(),
        sink.rejected(),
        sink.byReason(),
        files.totalBytes(),
        (System.nanoTime() - start) / 1e9,
        sink.warnings(),
        Map.of(),
        false,
        0,
        0,
        0,
        0);
  }

  private void verify(String collection, long expected) throws IOException, SolrServerException {
    long found =
        client.query(collection, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    if (found != expected) {
      throw new IOException(
          String.format(
              Locale.ROOT,
              "%s holds %d articles after loading, %d were sent; the alias is unchanged",
              collection,
              found,
              expected));
    }
  }

  /** Points {@code alias} at the collection before its current one; returns that collection. */
  public String rollback(String alias) throws IOException, SolrServerException {
    String current =
        collections
            .aliasTarget(alias)
            .orElseThrow(() -> new IOException("no alias " + alias + " to roll back"));
    String previous =
        generations(alias).stream()
            .filter(name -> name.compareTo(current) < 0)
            .max(Comparator.naturalOrder())
            .orElseThrow(
                () -> new IOException("no collection before " + current + " to roll back to"));
    collections.pointAlias(alias, previous);
    return previous;
  }

  private String nextCollection(String alias) throws IOException, SolrServerException {
    int last =
        generations(alias).stream()
            .mapToInt(name -> Integer.parseInt(name.substring(alias.length() + 1)))
            .max()
            .orElse(0);
    return String.format(Locale.ROOT, "%s_%06d", alias, last + 1);
  }

  /** The collections built for {@code alias}, oldest first. */
  List<String> generations(String alias) throws IOException, SolrServerException {
    Pattern name = Pattern.compile(Pattern.quote(alias) + "_\\d{6}");
    return collections.collections().stream()
        .filter(c -> name.matcher(c).matches())
        .sorted()
        .toList();
  }

  private void prune(String alias) throws IOException, SolrServerException {
    List<String> all = generations(alias);
    for (String old : all.subList(0, Math.max(0, all.size() - config.keepCollections()))) {
      collections.delete(old);
    }
  }
}
