package newsearch.cli;

import java.util.List;
import newsearch.solr.SolrConnection;
import picocli.CommandLine.Option;

/**
 * The options that point a command at a SolrCloud collection instead of the local index: {@code
 * --solr-zk} or {@code --solr-url}, and {@code --collection}, the alias the service queries.
 */
final class SolrOption {

  /** The alias used when {@code --collection} is not given. */
  static final String DEFAULT_COLLECTION = "news";

  @Option(
      names = "--solr-zk",
      paramLabel = "HOST:PORT[/chroot]",
      description = "Use the SolrCloud whose ZooKeeper this is, instead of the local index.")
  String zk;

  @Option(
      names = "--solr-url",
      paramLabel = "URL",
      split = ",",
      description =
          "Use the SolrCloud of these nodes (http://HOST:PORT/solr), instead of ZooKeeper.")
  List<String> urls;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = DEFAULT_COLLECTION,
      description =
          "With --solr-zk or --solr-url: the alias to load and serve (default: ${DEFAULT-VALUE}).")
  String collection;

  /** Whether a SolrCloud was named. */
  boolean enabled() {
    return zk != null || urls != null;
  }

  SolrConnection connection() {
    return zk != null ? SolrConnection.zk(zk) : SolrConnection.urls(urls);
  }
}
