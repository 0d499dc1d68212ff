package newsearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.RankedId;
import newsearch.search.RankingConfig;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Ranks a user query on a collection as the configset's {@code /select} defaults shape it (edismax
 * over the text fields with our weights and tie-breaker, BM25 with our k1 and b, global IDF), ties
 * broken by id as ours are: the relevance harness's view of the Solr backend.
 *
 * <p>What it lacks next to the local pipeline, which it does not yet share: the proximity boost of
 * short queries, recency, the most-words relaxation of the matching rule, and the collapsing of
 * wire copies. Thread-safe as its client is; does not close it.
 */
public final class SolrRanking {

  private final CloudSolrClient client;
  private final String collection;
  private final RankingConfig ranking;

  public SolrRanking(CloudSolrClient client, String collection, RankingConfig ranking) {
    this.client = client;
    this.collection = collection;
    this.ranking = ranking;
  }

  /** The best {@code depth} matches for {@code query}, best first. */
  public List<RankedId> rank(String query, int depth) throws IOException {
    SolrQuery request = request(query).setRows(depth);
    request.setFields(NewsSchema.ID, "score");
    List<RankedId> ranked = new ArrayList<>();
    for (SolrDocument doc : run(request).getResults()) {
      ranked.add(
          new RankedId(
              (String) doc.getFieldValue(NewsSchema.ID), ((Number) doc.get("score")).floatValue()));
    }
    return ranked;
  }

  /** How many articles match {@code query}. */
  public long total(String query) throws IOException {
    return run(request(query).setRows(0)).getResults().getNumFound();
  }

  SolrQuery request(String query) {
    SolrQuery request = new SolrQuery(query);
    request.set("qf", new SolrConfigXml(ranking).queryFields());
    request.set("tie", Double.toString(ranking.tieBreaker()));
    // Any word, as the local ranking reads a query once it relaxes: Solr has no relaxation below
    // relax_below matches yet, so the local rule alone would leave short queries with no answer.
    request.set("mm", "0");
    request.addSort("score", SolrQuery.ORDER.desc);
    request.addSort(NewsSchema.ID, SolrQuery.ORDER.asc);
    return request;
  }

  private QueryResponse run(SolrQuery request) throws IOException {
    try {
      return client.query(collection, request);
    } catch (SolrServerException e) {
      throw new IOException("Solr cannot answer " + request.getQuery() + ": " + e.getMessage(), e);
    }
  }
}
