package newsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsearch.solr.DevClusterConfig;
import newsearch.solr.DevClusterProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch solr dev-cluster --nodes N --dir DIR}: a SolrCloud on this machine, in a JVM of
 * its own, until Ctrl-C.
 */
@Command(
    name = "dev-cluster",
    description = {
      "Start a SolrCloud on this machine (Solr's test cluster, embedded ZooKeeper) in a JVM of its"
          + " own, print its ZooKeeper address, and run until Ctrl-C."
    })
final class SolrDevClusterCommand implements Callable<Integer> {

  @Option(
      names = "--nodes",
      paramLabel = "N",
      defaultValue = "" + DevClusterConfig.DEFAULT_NODES,
      description = "Solr nodes (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      required = true,
      description = "Folder for ZooKeeper's and the nodes' data and the cluster's log.")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DevClusterConfig config = DevClusterConfig.of(nodes, dir, System.getenv());
    DevClusterProcess cluster = DevClusterProcess.start(config);
    // Ctrl-C reaches the child too, which stops its nodes itself; this waits for it to finish.
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
    PrintWriter out = spec.commandLine().getOut();
    out.println("zk: " + cluster.zkAddress());
    for (String url : cluster.nodeUrls()) {
      out.println("node: " + url);
    }
    out.println("log: " + dir.resolve(DevClusterProcess.LOG_FILE));
    out.println("Ctrl-C stops the cluster.");
    out.flush();
    return cluster.waitFor();
  }
}
