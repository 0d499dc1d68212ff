package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.solr.DevClusterConfig;
import newsearch.solr.DevClusterProcess;
import newsearch.solr.SolrConfigset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SolrCloud commands against a real dev cluster of two nodes: configset, create, and reindex,
 * index, delete and rollback with {@code --solr-zk}, each reporting as it does for the local index.
 */
class SolrCommandsIT {

  private static Path dir;
  private static DevClusterProcess cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    dir = Files.createTempDirectory("solr-commands-it");
    String target = System.getProperty("newsearch.solr.cluster.target", "../solr-cluster/target");
    cluster =
        DevClusterProcess.start(
            new DevClusterConfig(
                2,
                dir.resolve("cluster"),
                DevClusterConfig.DEFAULT_HEAP,
                Path.of(target),
                Duration.ofMinutes(3)));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void configsetWritesTheGeneratedFiles() throws Exception {
    InProcessCommand cli = new InProcessCommand();
    Path out = dir.resolve("conf");
    assertEquals(0, cli.run("solr", "configset", "--out", out.toString()), cli.err());
    for (String file : SolrConfigset.FILES) {
      assertTrue(Files.size(out.resolve(file)) > 0, file);
    }
  }

  @Test
  void createMakesACollectionOfTwoShardsWithTwoReplicas() {
    InProcessCommand cli = new InProcessCommand();
    int status =
        cli.run(
            "solr",
            "create",
            "--zk",
            cluster.zkAddress(),
            "--collection",
            "scratch",
            "--shards",
            "2",
            "--replicas",
            "2");
    assertEquals(0, status, cli.err());
    assertEquals("created scratch: 2 shards x 2 replicas on configset newsearch\n", cli.out());
  }

  @Test
  void reindexIndexDeleteAndRollbackWorkOnAnAlias() {
    String sample = ChildCommand.sampleArticles().toString();
    String zk = cluster.zkAddress();
    InProcessCommand cli = new InProcessCommand();
    assertEquals(
        0,
        cli.run("reindex", "--input", sample, "--solr-zk", zk, "--collection", "desk"),
        cli.err());
    assertTrue(cli.out().contains("alias desk now points at desk_000001\n"), cli.out());
    assertTrue(cli.out().startsWith("indexed 56 articles from "), cli.out());

    InProcessCommand index = new InProcessCommand();
    assertEquals(0, index.run("index", "--input", sample, "--solr-zk", zk, "--collection", "desk"));
    assertEquals("desk: 0 added, 56 replaced, 0 rejected\n", index.out());

    InProcessCommand delete = new InProcessCommand();
    int status =
        delete.run(
            "delete",
            "--id",
            "2019-kuril-talks-stall",
            "--id",
            "no-such-story",
            "--solr-zk",
            zk,
            "--collection",
            "desk");
    assertEquals(1, status);
    assertEquals("desk: 1 deleted\n", delete.out());
    assertEquals("newsearch delete: no article with id no-such-story\n", delete.err());

    InProcessCommand again = new InProcessCommand();
    assertEquals(
        0, again.run("reindex", "--input", sample, "--solr-zk", zk, "--collection", "desk"));
    assertTrue(again.out().contains("alias desk now points at desk_000002\n"), again.out());
    InProcessCommand rollback = new InProcessCommand();
    assertEquals(0, rollback.run("rollback", "--solr-zk", zk, "--collection", "desk"));
    assertEquals("alias desk now points at desk_000001\n", rollback.out());
  }

  @Test
  void evalRanksTheJudgedSampleWithTheSolrBackend() {
    String sample = ChildCommand.sampleArticles().toString();
    Path judgments = ChildCommand.sampleArticles().getParent().resolve("judgments");
    String zk = cluster.zkAddress();
    InProcessCommand load = new InProcessCommand();
    assertEquals(
        0,
        load.run("reindex", "--input", sample, "--solr-zk", zk, "--collection", "judged"),
        load.err());
    InProcessCommand eval = new InProcessCommand();
    int status =
        eval.run(
            "eval",
            "--backend",
            "solr",
            "--solr-zk",
            zk,
            "--collection",
            "judged",
            "--queries",
            judgments.resolve("queries.tsv").toString(),
            "--qrels",
            judgments.resolve("qrels.txt").toString());
    assertEquals(0, status, eval.err());
    assertTrue(eval.out().startsWith("num_q 44\nndcg@10 0.9494\n"), eval.out());
  }

  @Test
  void searchAndServeAnswerFromTheCollection() throws Exception {
    String sample = ChildCommand.sampleArticles().toString();
    String zk = cluster.zkAddress();
    InProcessCommand load = new InProcessCommand();
    assertEquals(
        0,
        load.run("reindex", "--input", sample, "--solr-zk", zk, "--collection", "served"),
        load.err());
    InProcessCommand search = new InProcessCommand();
    assertEquals(
        0,
        search.run("search", "treaty", "--solr-zk", zk, "--collection", "served", "--json"),
        search.err());
    assertTrue(search.out().startsWith("{\"total\":4,"), search.out());

    Path output = dir.resolve("serve-solr.log");
    Process serve =
        ChildCommand.builder(
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--solr-zk",
                zk,
                "--collection",
                "served")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      Matcher serving =
          ChildCommand.awaitOutput(
              serve,
              output,
              Pattern.compile(
                  "serving collection served \\(56 articles\\) at http://localhost:(\\d+)/"),
              output);
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + serving.group(1);
      HttpResponse<String> answer = get(http, base + "/api/search?q=treaty");
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().startsWith("{\"total\":4,"), answer.body());
      HttpResponse<String> timeline = get(http, base + "/api/timeline?q=treaty");
      assertEquals(501, timeline.statusCode(), timeline.body());
      assertTrue(timeline.body().contains("\"not_served\""), timeline.body());
    } finally {
      ChildCommand.stop(serve);
    }
  }

  @Test
  void serveRefusesACollectionThatDoesNotExist() {
    InProcessCommand serve = new InProcessCommand();
    int status =
        serve.run(
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--solr-zk",
            cluster.zkAddress(),
            "--collection",
            "missing");
    assertEquals(1, status, serve.err());
    assertTrue(serve.err().contains("cannot search collection missing"), serve.err());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
