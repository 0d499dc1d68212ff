package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.indexer.ReindexReport;
import newsearch.indexer.UpdateReport;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Loading the bundled sample into a SolrCloud of two nodes, in collections of two shards with two
 * replicas each, behind an alias: the same report as the local index, a switch under query load
 * without one failed search, rollback, searches answered with a node down, and a restarted node
 * that catches up with the updates made while it was down.
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

  @Test
  @Order(5)
  void aRestartedNodeCatchesUpWithTheUpdatesMadeWhileItWasDown() throws Exception {
    String collection = new SolrCollections(client).aliasTarget(ALIAS).orElseThrow();
    cluster.stopNode(1);
    try {
      UpdateReport deleted =
          new SolrUpdater(client, LAYOUT)
              .delete(List.of("wire-rail-strike-a", "2019-ecb-rates"), ALIAS);
      assertEquals(2, deleted.deleted());
      client.add(ALIAS, SolrDocuments.of(article("added-while-down"), 1L));
      client.commit(ALIAS, true, true);
      assertEquals(first.articlesIndexed() - 1, total());
    } finally {
      cluster.startNode(1);
    }
    long expected = first.articlesIndexed() - 1;
    Map<String, Long> counts = awaitReplicasAgree(collection, Duration.ofSeconds(90));
    assertEquals(4, counts.size(), counts.toString());
    assertEquals(expected, total());
    assertEquals(expected, articlesInOneReplicaOfEachShard(counts), counts.toString());
  }

  private static long articlesInOneReplicaOfEachShard(Map<String, Long> counts) {
    Map<String, Long> byShard = new TreeMap<>();
    counts.forEach(
        (core, found) -> byShard.putIfAbsent(core.substring(0, core.indexOf('/')), found));
    return byShard.values().stream().mapToLong(Long::longValue).sum();
  }

  private static Article article(String id) {
    return new Article(
        id,
        "Harbour reopens after the storm",
        null,
        "The harbour reopened on Tuesday after the storm, the port authority said.",
        LocalDate.of(2025, 2, 4),
        SectionPath.parse("World"),
        null,
        "Desk",
        null,
        List.of());
  }

  /**
   * Every replica's own count (not distributed), by core, once all replicas are active and the two
   * replicas of each shard hold the same number of articles.
   */
  private static Map<String, Long> awaitReplicasAgree(String collection, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Long> counts = Map.of();
    while (System.nanoTime() < deadline) {
      counts = replicaCounts(collection);
      if (counts.size() == 4 && shardsAgree(counts)) {
        return counts;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("replicas still disagree after " + timeout + ": " + counts);
  }

  private static Map<String, Long> replicaCounts(String collection) throws Exception {
    ClusterStateProvider state = client.getClusterStateProvider();
    Set<String> live = state.getLiveNodes();
    DocCollection docs = state.getClusterState().getCollection(collection);
    Map<String, Long> counts = new TreeMap<>();
    for (Slice slice : docs.getSlices()) {
      for (Replica replica : slice.getReplicas()) {
        if (!replica.isActive(live)) {
          continue;
        }
        try (Http2SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
          SolrQuery query = new SolrQuery("*:*").setRows(0);
          query.set("distrib", "false");
          long found = core.query(replica.getCoreName(), query).getResults().getNumFound();
          counts.put(slice.getName() + "/" + replica.getCoreName(), found);
        }
      }
    }
    return counts;
  }

  private static boolean shardsAgree(Map<String, Long> counts) {
    Map<String, Set<Long>> byShard = new TreeMap<>();
    counts.forEach(
        (core, found) ->
            byShard
                .computeIfAbsent(core.substring(0, core.indexOf('/')), k -> new HashSet<>())
                .add(found));
    return byShard.size() == 2 && byShard.values().stream().allMatch(set -> set.size() == 1);
  }
}
