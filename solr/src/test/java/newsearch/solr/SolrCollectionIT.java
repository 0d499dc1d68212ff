package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated configset on a real SolrCloud of two nodes: it is accepted, a collection of two
 * shards with two replicas each is created on it, and it analyses, highlights and counts as ours.
 */
class SolrCollectionIT {

  private static final String COLLECTION = "news_1";

  private static Path dir;
  private static DevClusterProcess cluster;
  private static CloudSolrClient client;

  @BeforeAll
  static void startClusterAndCreateCollection() throws Exception {
    dir = Files.createTempDirectory("solr-collection-it");
    cluster = DevClusterProcess.start(TestClusters.config(2, dir.resolve("cluster")));
    client = SolrConnection.zk(cluster.zkAddress()).client();
    SolrCollections collections = new SolrCollections(client);
    collections.uploadConfigset("newsearch", SolrConfigset.defaults().write(dir.resolve("conf")));
    collections.create(COLLECTION, "newsearch", 2, 2);
    client.add(
        COLLECTION,
        List.of(
            SolrDocuments.of(article("a", "Ferry crossings resume", "World > Europe", 2024), 1),
            SolrDocuments.of(article("b", "Britain holds the rate", "World > Europe", 2023), 1),
            SolrDocuments.of(article("c", "Rates and ferries in Asia", "World > Asia", 2024), 1)));
    client.commit(COLLECTION);
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

  private static Article article(String id, String title, String section, int year) {
    return new Article(
        id,
        title,
        null,
        title + ", the desk reports.",
        LocalDate.of(year, 5, 1),
        SectionPath.parse(section),
        null,
        "Desk",
        null,
        List.of());
  }

  @Test
  void createsTwoShardsOfTwoActiveReplicasAndAnAliasToThem() throws Exception {
    SolrCollections collections = new SolrCollections(client);
    assertTrue(collections.collections().contains(COLLECTION));
    collections.pointAlias("news", COLLECTION);
    assertEquals(COLLECTION, collections.aliasTarget("news").orElseThrow());
    assertEquals(3, client.query("news", new SolrQuery("*:*")).getResults().getNumFound());
  }

  @Test
  void stemsQueriesAsTheIndexAndHighlightsWithMark() throws Exception {
    SolrQuery query = new SolrQuery("ferries");
    query.setSort("id", SolrQuery.ORDER.asc);
    query.setHighlight(true);
    query.set("hl.fl", "title");
    QueryResponse response = client.query(COLLECTION, query);
    assertEquals(List.of("a", "c"), response.getResults().stream().map(d -> d.get("id")).toList());
    Map<String, List<String>> highlights = response.getHighlighting().get("a");
    assertEquals(List.of("<mark>Ferry</mark> crossings resume"), highlights.get("title"));
  }

  @Test
  void expandsBundledSynonymsAtQueryTime() throws Exception {
    QueryResponse response = client.query(COLLECTION, new SolrQuery("uk"));
    assertEquals(List.of("b"), response.getResults().stream().map(d -> d.get("id")).toList());
  }

  @Test
  void countsSectionLevelsAndYearsFromDocValues() throws Exception {
    SolrQuery query = new SolrQuery("*:*");
    query.setFacet(true);
    query.addFacetField(SolrFields.SECTION_PATH, "year");
    query.setFacetPrefix(SolrFields.SECTION_PATH, "1/World/");
    query.setFacetSort("index");
    QueryResponse response = client.query(COLLECTION, query);
    assertEquals(
        "[1/World/Asia (1), 1/World/Europe (2)]",
        counts(response.getFacetField(SolrFields.SECTION_PATH)));
    assertEquals("[2023 (1), 2024 (2)]", counts(response.getFacetField("year")));
  }

  private static String counts(FacetField field) {
    return field.getValues().toString();
  }
}
