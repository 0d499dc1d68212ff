package newsearch.solr;

import java.nio.file.Path;

/** Where the tests find the built {@code solr-cluster} module: Maven passes its target folder. */
final class TestClusters {

  private TestClusters() {}

  static DevClusterConfig config(int nodes, Path dir) {
    String target = System.getProperty("newsearch.solr.cluster.target", "../solr-cluster/target");
    return new DevClusterConfig(
        nodes,
        dir,
        DevClusterConfig.DEFAULT_HEAP,
        Path.of(target),
        DevClusterConfig.DEFAULT_START_TIMEOUT);
  }
}
