package newsearch.solr;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.RankedId;
import newsearch.search.RankingConfig;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * Ranks a user query on a collection as the local pipeline ranks it, in the shape of {@link
 * SolrQueryShape}: under the matching rule, and again with any word enough when fewer than {@code
 * relax_below} articles match; global IDF across shards ({@code ExactStatsCache}); copies of a
 * story collapsed; ties broken by id as ours are. The relevance harness's view of the Solr backend.
 * Thread-safe as its client is; does not close it.
 */
public final class SolrRanking {

  private final CloudSolrClient client;
  private final String collection;
  private final SolrQueryShape shape;

  public SolrRanking(CloudSolrClient client, String collection, RankingConfig ranking) {
    this(client, collection, new SolrQueryShape(ranking, new NewsSchema(), Clock.systemUTC()));
  }

  /** Ranks in {@code shape}. */
  public SolrRanking(CloudSolrClient client, String collection, SolrQueryShape shape) {
    this.client = client;
    this.collection = collection;
    this.shape = shape;
  }

  /** The best {@code depth} matches for {@code query}, best first. */
  public List<RankedId> rank(String query, int depth) throws IOException {
    QueryResponse response = run(ranked(query, false, depth));
    if (shape.relaxes(query, SolrQueryShape.matches(response))) {
      response = run(ranked(query, true, depth));
    }
    List<RankedId> ranked = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      ranked.add(
          new RankedId(
              (String) doc.getFieldValue(NewsSchema.ID), ((Number) doc.get("score")).floatValue()));
    }
    return ranked;
  }

  /** How many articles match {@code query}, copies included, relaxed as {@link #rank} relaxes. */
  public long total(String query) throws IOException {
    long found = SolrQueryShape.matches(run(request(query).setRows(0)));
    if (shape.relaxes(query, found)) {
      found = SolrQueryShape.matches(run(shape.request(query, null, true).setRows(0)));
    }
    return found;
  }

  private SolrQuery ranked(String query, boolean relaxed, int depth) {
    SolrQuery request = shape.request(query, null, relaxed).setRows(depth);
    request.setFields(NewsSchema.ID, "score");
    return request;
  }

  /** The ranking part of the request for {@code query} under the matching rule. */
  SolrQuery request(String query) {
    return shape.request(query, null, false);
  }

  private QueryResponse run(SolrQuery request) throws IOException {
    try {
      // Posted: a long query's parameters outgrow what a request line may carry.
      return client.query(collection, request, SolrRequest.METHOD.POST);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr cannot answer " + request.getQuery() + ": " + e.getMessage(), e);
    }
  }
}
