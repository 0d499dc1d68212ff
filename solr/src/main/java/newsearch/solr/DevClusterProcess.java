package newsearch.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A dev SolrCloud (Solr's own test cluster with an embedded ZooKeeper) running in a child JVM of
 * its own, so that Solr's Lucene never meets ours.
 *
 * <p>The child speaks a line protocol: it prints its ZooKeeper address and node URLs, then {@code
 * ready}; it takes {@code stop N}, {@code start N} and {@code quit}. Its log goes to {@code
 * cluster.log} in the cluster's folder. {@link #close()} stops it; the child also stops when this
 * JVM dies, since its standard input then ends. Not thread-safe: one caller drives it.
 */
public final class DevClusterProcess implements AutoCloseable {

  /** The log file of the child JVM, in the cluster's folder. */
  public static final String LOG_FILE = "cluster.log";

  private static final String MAIN_CLASS = "newsearch.solr.cluster.DevCluster";
  private static final long STOP_SECONDS = 60;

  private final Process process;
  private final BufferedReader replies;
  private final PrintWriter commands;
  private final ExecutorService reader = Executors.newSingleThreadExecutor();
  private final Path log;
  private String zkAddress;
  private final List<String> nodeUrls = new ArrayList<>();

  private DevClusterProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.replies =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /**
   * Starts the cluster and waits until it is ready.
   *
   * @throws IOException when the child cannot start, dies, or is not ready in time; the message
   *     names the log
   */
  public static DevClusterProcess start(DevClusterConfig config) throws IOException {
    Path classpathFile = config.clusterTarget().resolve("classpath.txt");
    if (!Files.isRegularFile(classpathFile)) {
      throw new IOException(
          "no Solr cluster build at "
              + classpathFile
              + ": build it with './mvnw -pl solr-cluster package'");
    }
    Path dir = Files.createDirectories(config.dir().toAbsolutePath());
    Path log = dir.resolve(LOG_FILE);
    String classpath =
        config.clusterTarget().resolve("classes").toAbsolutePath()
            + java.io.File.pathSeparator
            + Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
    ProcessBuilder builder =
        new ProcessBuilder(
                javaBinary(),
                "-Xmx" + config.heap(),
                "-Dsolr.log.dir=" + dir,
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=UTC",
                "-cp",
                classpath,
                MAIN_CLASS,
                Integer.toString(config.nodes()),
                dir.resolve("nodes").toString())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    DevClusterProcess cluster = new DevClusterProcess(builder.start(), log);
    try {
      cluster.awaitReady(config);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this JVM"));
  }

  private void awaitReady(DevClusterConfig config) throws IOException {
    long deadline = System.nanoTime() + config.startTimeout().toNanos();
    for (String line = reply(deadline); !line.equals("ready"); line = reply(deadline)) {
      if (line.startsWith("zk ")) {
        zkAddress = line.substring(3);
      } else if (line.startsWith("node ")) {
        nodeUrls.add(line.split(" ", 3)[2]);
      }
    }
  }

  /** The next line from the child, or an exception when it ends or the deadline passes. */
  private String reply(long deadline) throws IOException {
    Future<String> next = reader.submit(replies::readLine);
    try {
      String line = next.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new IOException("the Solr cluster stopped unexpectedly; see " + log);
      }
      if (line.startsWith("error ")) {
        throw new IOException("the Solr cluster said: " + line.substring(6) + "; see " + log);
      }
      return line;
    } catch (TimeoutException e) {
      next.cancel(true);
      throw new IOException("the Solr cluster did not answer in time; see " + log, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the Solr cluster", e);
    } catch (ExecutionException e) {
      throw new IOException("cannot read from the Solr cluster; see " + log, e.getCause());
    }
  }

  /** The ZooKeeper address with its chroot, as {@code --solr-zk} takes it. */
  public String zkAddress() {
    return zkAddress;
  }

  /** The base URL of every node ({@code http://127.0.0.1:PORT/solr}), by node index. */
  public List<String> nodeUrls() {
    return List.copyOf(nodeUrls);
  }

  /** Stops node {@code index} and waits until it is down; its replicas elsewhere go on. */
  public void stopNode(int index) throws IOException {
    send(String.format(Locale.ROOT, "stop %d", index), "stopped");
  }

  /** Starts node {@code index} again on its port and waits until it has rejoined. */
  public void startNode(int index) throws IOException {
    send(String.format(Locale.ROOT, "start %d", index), "started");
  }

  private void send(String command, String expected) throws IOException {
    commands.println(command);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS * 2);
    String line = reply(deadline);
    if (!line.startsWith(expected)) {
      throw new IOException("the Solr cluster answered '" + line + "' to '" + command + "'");
    }
  }

  /** Blocks until the child ends on its own, for a foreground {@code dev-cluster}. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Stops every node and ZooKeeper, then the child; kills it if it does not end in a minute. */
  @Override
  public void close() {
    commands.println("quit");
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      reader.shutdownNow();
    }
  }
}
