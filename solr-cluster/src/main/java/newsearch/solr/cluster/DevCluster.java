package newsearch.solr.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * {@code DevCluster NODES DIR}: starts a SolrCloud of {@code NODES} nodes with an embedded
 * ZooKeeper under {@code DIR}, prints where it listens, and runs until it is told to stop.
 *
 * <p>Standard output carries only the lines a launcher reads: {@code zk HOST:PORT/CHROOT}, one
 * {@code node INDEX URL} a node, then {@code ready}. Standard input takes {@code stop INDEX} and
 * {@code start INDEX} (a node, answered by {@code stopped INDEX} or {@code started INDEX URL}) and
 * {@code quit}; its end (the launcher died) stops the cluster as well, and so does SIGINT or
 * SIGTERM, through a shutdown hook, so that no node outlives the process.
 */
public final class DevCluster {

  private final MiniSolrCloudCluster cluster;
  private final PrintStream out;

  /** The nodes by index, as first started: the cluster forgets a node while it is stopped. */
  private final List<JettySolrRunner> nodes;

  private DevCluster(MiniSolrCloudCluster cluster, PrintStream out) {
    this.cluster = cluster;
    this.out = out;
    this.nodes = new ArrayList<>(cluster.getJettySolrRunners());
  }

  /** Starts the cluster and serves the commands on standard input. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DevCluster NODES DIR");
      System.exit(2);
    }
    int nodes = Integer.parseInt(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, dir).build();
    DevCluster dev = new DevCluster(cluster, out);
    Runtime.getRuntime().addShutdownHook(new Thread(dev::shutdown));
    try {
      dev.announce();
      dev.serveCommands();
    } finally {
      System.exit(0);
    }
  }

  private void announce() {
    out.println("zk " + cluster.getZkServer().getZkAddress());
    for (int i = 0; i < nodes.size(); i++) {
      out.println("node " + i + " " + nodes.get(i).getBaseUrl());
    }
    out.println("ready");
  }

  private void serveCommands() throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] words = line.trim().split("\\s+");
      if (words[0].equals("quit")) {
        return;
      }
      try {
        command(words);
      } catch (RuntimeException e) {
        out.println("error " + line + ": " + e);
      }
    }
  }

  private void command(String[] words) throws Exception {
    switch (words[0]) {
      case "stop" -> stop(node(words));
      case "start" -> start(node(words));
      default -> throw new IllegalArgumentException("unknown command " + words[0]);
    }
  }

  private int node(String[] words) {
    if (words.length != 2) {
      throw new IllegalArgumentException("expected a node index");
    }
    return Integer.parseInt(words[1]);
  }

  private void stop(int node) throws Exception {
    JettySolrRunner runner = nodes.get(node);
    cluster.stopJettySolrRunner(runner);
    cluster.waitForJettyToStop(runner);
    out.println("stopped " + node);
  }

  private void start(int node) throws Exception {
    JettySolrRunner runner = nodes.get(node);
    // Restarting on the same port keeps the node's replicas registered, so they catch up.
    cluster.startJettySolrRunner(runner, true);
    cluster.waitForNode(runner, MiniSolrCloudCluster.DEFAULT_TIMEOUT);
    out.println(String.format(Locale.ROOT, "started %d %s", node, runner.getBaseUrl()));
  }

  private synchronized void shutdown() {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      e.printStackTrace();
    }
  }
}
