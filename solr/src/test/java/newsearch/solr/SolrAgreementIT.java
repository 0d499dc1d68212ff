package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.Topic;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.TopicsFile;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;
import newsearch.relevance.retrieval.RunBuilder;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.RankedId;
import newsearch.search.RankingConfig;
import newsearch.search.SearchConfig;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample loaded through {@code reindex} into a collection of two shards with two replicas, and
 * into a local index, ranked for the sample's judged queries by both: Solr ranks as the local
 * pipeline does ({@link SolrQueryShape}) on at least 40 of the 44, with nDCG@10 within 0.01.
 */
class SolrAgreementIT {

  private static Path dir;
  private static DevClusterProcess cluster;
  private static CloudSolrClient client;
  private static NewsSearcher local;
  private static IndexGenerations localGenerations;

  @BeforeAll
  static void loadBoth() throws Exception {
    dir = Files.createTempDirectory("solr-agreement-it");
    cluster = DevClusterProcess.start(TestClusters.config(2, dir.resolve("cluster")));
    client = SolrConnection.zk(cluster.zkAddress()).client();
    new SolrCollections(client)
        .uploadConfigset("newsearch", SolrConfigset.defaults().write(dir.resolve("conf")));
    Path sample = SolrLoaderIT.sample();
    new SolrLoader(client, SolrLoadConfig.DEFAULTS.withLayout(2, 2))
        .reindex(List.of(sample), "news", "newsearch");
    localGenerations = new IndexGenerations(dir.resolve("local"));
    new IndexStore(localGenerations).reindex(List.of(sample), progress -> {});
    local = NewsSearcher.open(localGenerations, new NewsSchema(), SearchConfig.DEFAULTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (local != null) {
      local.close();
    }
    if (client != null) {
      client.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void ranksTheJudgedSampleAsTheLocalPipelineOnAtLeastNineInTenQueries() throws Exception {
    Path judgments = SolrLoaderIT.sample().getParent().resolve("judgments");
    Agreement agreement =
        Agreement.measure("sample", judgments, client, "news", local, RankingConfig.DEFAULTS);
    assertEquals(44, agreement.queries());
    assertTrue(agreement.sameTopTen() >= 40, agreement.toString());
    assertTrue(
        Math.abs(agreement.solrNdcg() - agreement.localNdcg()) <= 0.01, agreement.toString());
  }

  @Test
  void favoursFreshArticlesAsTheLocalPipelineWhenRecencyIsOn() throws Exception {
    Path judgments = SolrLoaderIT.sample().getParent().resolve("judgments");
    RankingConfig fresh = RankingConfig.builder().recencyWeight(1.0).build();
    try (NewsSearcher freshLocal =
        NewsSearcher.open(
            localGenerations, new NewsSchema(), SearchConfig.builder().ranking(fresh).build())) {
      Agreement agreement =
          Agreement.measure("sample, recency 1.0", judgments, client, "news", freshLocal, fresh);
      assertTrue(agreement.sameTopTen() >= 40, agreement.toString());
      assertTrue(
          Math.abs(agreement.solrNdcg() - agreement.localNdcg()) <= 0.01, agreement.toString());
    }
  }

  /**
   * CISI (1,460 abstracts, 112 judged queries) loaded through {@code reindex} into the same cluster
   * and into a local index. Skipped, as {@code RankingRegressionIT} skips it, where the judged
   * collections are not beside the repository.
   */
  @Test
  void ranksCisiAsTheLocalPipeline() throws Exception {
    Optional<Path> judged = judgedCollection("cisi");
    Assumptions.assumeTrue(judged.isPresent(), "no shared/data/cisi above the repository");
    Path cisi = judged.get();
    new SolrLoader(client, SolrLoadConfig.DEFAULTS.withLayout(2, 2))
        .reindex(List.of(cisi.resolve("articles.jsonl")), "cisi", "newsearch");
    IndexGenerations generations = new IndexGenerations(dir.resolve("cisi-local"));
    new IndexStore(generations).reindex(List.of(cisi.resolve("articles.jsonl")), progress -> {});
    try (NewsSearcher cisiLocal =
        NewsSearcher.open(generations, new NewsSchema(), SearchConfig.DEFAULTS)) {
      Agreement agreement =
          Agreement.measure("cisi", cisi, client, "cisi", cisiLocal, RankingConfig.DEFAULTS);
      assertEquals(112, agreement.queries());
      assertTrue(agreement.sameTopTen() >= 0.9 * agreement.queries(), agreement.toString());
      assertTrue(
          Math.abs(agreement.solrNdcg() - agreement.localNdcg()) <= 0.01, agreement.toString());
    }
  }

  /** The judged collection {@code name} under {@code shared/data} of a folder above this one. */
  private static Optional<Path> judgedCollection(String name) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("data").resolve(name);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** How far Solr's ranking of one judged collection agrees with the local one's. */
  private record Agreement(int queries, int sameTopTen, double solrNdcg, double localNdcg) {

    static Agreement measure(
        String name,
        Path judgments,
        CloudSolrClient client,
        String alias,
        NewsSearcher local,
        RankingConfig ranking)
        throws Exception {
      List<Topic> topics = TopicsFile.read(judgments.resolve("queries.tsv"));
      Qrels qrels = QrelsFile.read(judgments.resolve("qrels.txt"));
      SolrRanking solr = new SolrRanking(client, alias, ranking);
      Run solrRun =
          new RunBuilder((qid, text, depth) -> scored(solr.rank(text, depth)), "solr", 10)
              .build(topics);
      Run localRun =
          new RunBuilder((qid, text, depth) -> scored(local.rank(text, depth)), "local", 10)
              .build(topics);
      int sameTopTen = 0;
      for (Topic topic : topics) {
        if (ids(solrRun, topic).equals(ids(localRun, topic))) {
          sameTopTen++;
        } else {
          System.out.printf(
              Locale.ROOT,
              "solr differs on %s %s:%n  solr  %s%n  local %s%n",
              name,
              topic.id(),
              ids(solrRun, topic),
              ids(localRun, topic));
        }
      }
      Agreement agreement =
          new Agreement(
              solrRun.queryIds().size(),
              sameTopTen,
              Evaluation.of(qrels, solrRun).mean(Metric.NDCG_AT_10),
              Evaluation.of(qrels, localRun).mean(Metric.NDCG_AT_10));
      System.out.printf(
          Locale.ROOT,
          "solr agreement (%s): same top-10 ids on %d of %d judged queries;"
              + " ndcg@10 solr %.4f, local %.4f%n",
          name,
          sameTopTen,
          topics.size(),
          agreement.solrNdcg(),
          agreement.localNdcg());
      return agreement;
    }
  }

  private static List<String> ids(Run run, Topic topic) {
    return run.ranking(topic.id()).stream().map(ScoredDoc::docId).toList();
  }

  private static List<ScoredDoc> scored(List<RankedId> ranked) {
    return ranked.stream().map(r -> new ScoredDoc(r.id(), r.score())).toList();
  }
}
