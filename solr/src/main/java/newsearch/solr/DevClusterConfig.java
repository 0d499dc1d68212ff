package newsearch.solr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to start a {@link DevClusterProcess}: how many nodes, where they keep their data, the heap of
 * their JVM, and where the built {@code solr-cluster} module is (its {@code target} folder, which
 * holds its classes and the file listing its runtime classpath).
 *
 * @param nodes Solr nodes, each a Jetty in the one child JVM
 * @param dir the folder for ZooKeeper's and the nodes' data, and the cluster's log
 * @param heap the child JVM's maximum heap, as {@code -Xmx} takes it
 * @param clusterTarget the {@code solr-cluster/target} folder
 * @param startTimeout how long the cluster may take to say it is ready
 */
public record DevClusterConfig(
    int nodes, Path dir, String heap, Path clusterTarget, Duration startTimeout) {

  /** Two nodes: enough for two replicas of every shard on different nodes. */
  public static final int DEFAULT_NODES = 2;

  /** Enough for the sample and a judged collection, and modest on a shared machine. */
  public static final String DEFAULT_HEAP = "768m";

  /** A cold start of two nodes takes about five seconds here; a loaded machine takes longer. */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(3);

  /** The environment variable the {@code newsearch} launcher sets to the project's folder. */
  public static final String HOME_VARIABLE = "NEWSEARCH_HOME";

  public DevClusterConfig {
    if (nodes < 1 || nodes > 9) {
      throw new IllegalArgumentException("nodes must be between 1 and 9, got " + nodes);
    }
  }

  /**
   * The defaults for a cluster of {@code nodes} under {@code dir}, with the {@code solr-cluster}
   * module found under the project folder that {@code env} names in {@link #HOME_VARIABLE}, or
   * under the working directory.
   */
  public static DevClusterConfig of(int nodes, Path dir, Map<String, String> env) {
    Path home = Path.of(env.getOrDefault(HOME_VARIABLE, "."));
    return new DevClusterConfig(
        nodes, dir, DEFAULT_HEAP, home.resolve("solr-cluster/target"), DEFAULT_START_TIMEOUT);
  }
}
