package newsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.solr.SolrCollections;
import newsearch.solr.SolrConfigset;
import newsearch.solr.SolrConnection;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch solr create --zk HOST:PORT --collection NAME --shards N --replicas M}: uploads
 * the generated configset and creates a collection on it.
 */
@Command(
    name = "create",
    description = "Upload the generated configset to a SolrCloud and create a collection on it.")
final class SolrCreateCommand implements Callable<Integer> {

  @Option(
      names = "--zk",
      paramLabel = "HOST:PORT[/chroot]",
      required = true,
      description = "The cluster's ZooKeeper.")
  String zk;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      required = true,
      description = "Name of the new collection.")
  String collection;

  @Option(
      names = "--configset",
      paramLabel = "NAME",
      defaultValue = "newsearch",
      description = "Name to upload the configset as (default: ${DEFAULT-VALUE}).")
  String configset;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1", description = "Shards.")
  int shards;

  @Option(
      names = "--replicas",
      paramLabel = "M",
      defaultValue = "1",
      description = "Replicas of each shard.")
  int replicas;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path conf = Files.createTempDirectory("newsearch-configset");
    try (CloudSolrClient client = SolrConnection.zk(zk).client()) {
      SolrCollections collections = new SolrCollections(client);
      collections.uploadConfigset(configset, SolrConfigset.defaults().write(conf));
      collections.create(collection, configset, shards, replicas);
    } finally {
      for (String file : SolrConfigset.FILES) {
        Files.deleteIfExists(conf.resolve(file));
      }
      Files.deleteIfExists(conf);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "created %s: %d shards x %d replicas on configset %s%n",
            collection, shards, replicas, configset);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
