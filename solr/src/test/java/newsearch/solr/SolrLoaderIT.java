package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ReindexReport;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Loading the bundled sample into a SolrCloud of two nodes, in collections of two shards with two
 * replicas each, behind an alias: the same report as the local index, a switch under query load
 * without one failed search, rollback, and searches answered with a node down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrLoaderIT {

  private static final String ALIAS = "news";
  private static final SolrLoadConfig LAYOUT = SolrLoadConfig.DEFAULTS.withLayout(2, 2);

  private static Path dir;
  private static DevClusterProcess cluster;
  private static CloudSolrClient client;
  private static ReindexReport first;

  @BeforeAll
  static void startClusterAndLoadTheSample() throws Exception {
    dir = Files.createTempDirectory("solr-loader-it");
    cluster = DevClusterProcess.start(TestClusters.config(2, dir.resolve("cluster")));
    client = SolrConnection.zk(cluster.zkAddress()).client();
    new SolrCollections(client)
        .uploadConfigset("newsearch", SolrConfigset.defaults().write(dir.resolve("conf")));
    first = new SolrLoader(client, LAYOUT).reindex(List.of(sample()), ALIAS, "newsearch");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  static Path sample() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path articles = d.resolve("index-data").resolve("articles");
      if (Files.isDirectory(articles)) {
        return articles;
      }
    }
    throw new IllegalStateException("no index-data/articles above the working directory");
  }

  private static long total() throws Exception {
    return client.query(ALIAS, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  @Test
  @Order(1)
  void reportsWhatTheLocalIndexReportsAndHoldsEveryArticle() throws Exception {
    IndexStore local = new IndexStore(new IndexGenerations(dir.resolve("local")));
    ReindexReport expected = local.reindex(List.of(sample()), progress -> {});
    assertEquals("news_000001", first.generation());
    assertEquals(expected.articlesRead(), first.articlesRead());
    assertEquals(expected.articlesIndexed(), first.articlesIndexed());
    assertEquals(expected.rejected(), first.rejected());
    assertEquals(expected.rejectedByReason(), first.rejectedByReason());
    assertEquals(expected.articlesIndexed(), total());
  }

  @Test
  @Order(2)
  void switchesTheAliasUnderQueryLoadWithoutOneFailedSearch() throws Exception {
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicLong searches = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    Thread load =
        new Thread(
            () -> {
              while (loading.get()) {
                try {
                  if (total() != first.articlesIndexed()) {
                    failures.incrementAndGet();
                  }
                } catch (Exception e) {
                  failures.incrementAndGet();
                }
                searches.incrementAndGet();
              }
            });
    load.start();
    ReindexReport second =
        new SolrLoader(client, LAYOUT).reindex(List.of(sample()), ALIAS, "newsearch");
    Thread.sleep(500);
    loading.set(false);
    load.join();
    assertEquals("news_000002", second.generation());
    assertEquals("news_000002", new SolrCollections(client).aliasTarget(ALIAS).orElseThrow());
    assertTrue(searches.get() > 10, "only " + searches.get() + " searches ran");
    assertEquals(0, failures.get(), failures + " of " + searches + " searches failed");
  }

  @Test
  @Order(3)
  void rollbackPointsTheAliasAtThePreviousCollection() throws Exception {
    assertEquals("news_000001", new SolrLoader(client, LAYOUT).rollback(ALIAS));
    assertEquals("news_000001", new SolrCollections(client).aliasTarget(ALIAS).orElseThrow());
    assertEquals(first.articlesIndexed(), total());
  }

  @Test
  @Order(4)
  void answersEverySearchFromTheReplicasWhileANodeIsDown() throws Exception {
    cluster.stopNode(1);
    try {
      for (int i = 0; i < 5; i++) {
        assertEquals(first.articlesIndexed(), total());
      }
    } finally {
      cluster.startNode(1);
    }
    assertEquals(first.articlesIndexed(), total());
  }
}
