package newsearch.bench.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import newsearch.bench.corpus.BenchQuery;
import newsearch.indexer.IndexGenerations;
import newsearch.indexer.IndexStore;
import newsearch.schema.NewsSchema;
import newsearch.search.NewsSearcher;
import newsearch.search.RankedId;
import newsearch.search.RankingConfig;
import newsearch.search.SearchConfig;
import newsearch.solr.DevClusterConfig;
import newsearch.solr.DevClusterProcess;
import newsearch.solr.SolrCollections;
import newsearch.solr.SolrConfigset;
import newsearch.solr.SolrConnection;
import newsearch.solr.SolrLoadConfig;
import newsearch.solr.SolrLoader;
import newsearch.solr.SolrRanking;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * The same plain queries ranked by the two backends side by side on one machine: the local index
 * and a one-node SolrCloud collection (one shard, one replica) loaded from the same corpus through
 * {@code reindex}. Each query asks for its top ten as the relevance harness does (matching rule,
 * relaxing, proximity, collapsing), one at a time from one thread, after a warm-up pass of every
 * query on both; the backends take turns query by query, so that load from other users of the
 * machine falls on both alike. Reports load times, latency percentiles and how many top tens agree.
 */
public final class BackendComparison {

  /** Hits asked for per query: a first page. */
  static final int DEPTH = 10;

  private static final String CONFIGSET = "newsearch";
  private static final String COLLECTION = "bench";

  /** What one comparison measured. */
  public record Result(
      int articles,
      int queries,
      double localLoadSeconds,
      double solrLoadSeconds,
      double[] localMillis,
      double[] solrMillis,
      int sameTopTen) {

    /** The result as a Markdown table with a line of agreement. */
    public String markdown() {
      StringBuilder out = new StringBuilder();
      out.append(
              "| backend | load (s) | p50 (ms) | p90 (ms) | p99 (ms) | mean (ms) | queries/s |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|\n");
      row(out, "local Lucene", localLoadSeconds, localMillis);
      row(out, "Solr, 1 node, 1 shard", solrLoadSeconds, solrMillis);
      out.append(
          String.format(
              Locale.ROOT,
              "%nSame top-10 ids on %d of %d queries; %,d articles.%n",
              sameTopTen,
              queries,
              articles));
      return out.toString();
    }

    private static void row(StringBuilder out, String name, double load, double[] millis) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      double mean = Arrays.stream(sorted).average().orElse(0);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f |%n",
              name,
              load,
              percentile(sorted, 0.50),
              percentile(sorted, 0.90),
              percentile(sorted, 0.99),
              mean,
              mean > 0 ? 1000 / mean : 0));
    }

    private static double percentile(double[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
  }

  /**
   * Loads {@code corpus} into a local index and a one-node collection under {@code work}, ranks
   * {@code queries} on both and stops the cluster.
   *
   * @param clusterTarget the built {@code solr-cluster/target} folder
   */
  public Result run(Path corpus, List<BenchQuery> queries, Path work, Path clusterTarget)
      throws IOException, SolrServerException {
    IndexGenerations generations = new IndexGenerations(work.resolve("local-index"));
    long start = System.nanoTime();
    long articles = new IndexStore(generations).reindex(List.of(corpus), p -> {}).articlesIndexed();
    double localLoad = seconds(start);
    DevClusterConfig config =
        new DevClusterConfig(
            1,
            work.resolve("solr-cluster"),
            DevClusterConfig.DEFAULT_HEAP,
            clusterTarget,
            DevClusterConfig.DEFAULT_START_TIMEOUT);
    try (DevClusterProcess cluster = DevClusterProcess.start(config);
        CloudSolrClient client = SolrConnection.zk(cluster.zkAddress()).client();
        NewsSearcher local =
            NewsSearcher.open(generations, new NewsSchema(), SearchConfig.DEFAULTS)) {
      new SolrCollections(client)
          .uploadConfigset(CONFIGSET, SolrConfigset.defaults().write(work.resolve("conf")));
      start = System.nanoTime();
      new SolrLoader(client, SolrLoadConfig.DEFAULTS.withLayout(1, 1))
          .reindex(List.of(corpus), COLLECTION, CONFIGSET);
      double solrLoad = seconds(start);
      SolrRanking solr = new SolrRanking(client, COLLECTION, RankingConfig.DEFAULTS);
      for (BenchQuery query : queries) {
        local.rank(query.text(), DEPTH);
        solr.rank(query.text(), DEPTH);
      }
      double[] localMillis = new double[queries.size()];
      double[] solrMillis = new double[queries.size()];
      int same = 0;
      for (int i = 0; i < queries.size(); i++) {
        String text = queries.get(i).text();
        start = System.nanoTime();
        List<RankedId> localTop = local.rank(text, DEPTH);
        localMillis[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        List<RankedId> solrTop = solr.rank(text, DEPTH);
        solrMillis[i] = (System.nanoTime() - start) / 1e6;
        same += ids(localTop).equals(ids(solrTop)) ? 1 : 0;
      }
      return new Result(
          (int) articles, queries.size(), localLoad, solrLoad, localMillis, solrMillis, same);
    }
  }

  private static List<String> ids(List<RankedId> ranked) {
    List<String> ids = new ArrayList<>(ranked.size());
    ranked.forEach(r -> ids.add(r.id()));
    return ids;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
