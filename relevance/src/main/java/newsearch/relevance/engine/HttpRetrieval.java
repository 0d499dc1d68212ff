package newsearch.relevance.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.retrieval.RankedRetrieval;

/**
 * Retrieval against a running service over {@code GET /api/search}, page by page, to measure what
 * users get from a deployed configuration. Topics in prose go through {@link TopicText#reading}.
 */
public final class HttpRetrieval implements RankedRetrieval {

  /** The largest page the service serves. */
  private static final int PAGE = 100;

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  /**
   * Retrieval from the service at {@code base}, such as {@code http://localhost:8080}, with queries
   * in the search syntax.
   */
  public HttpRetrieval(URI base) {
    this.base = base;
  }

  @Override
  public List<ScoredDoc> search(String qid, String queryText, int depth) throws IOException {
    List<ScoredDoc> results = new ArrayList<>();
    for (int page = 1; results.size() < depth; page++) {
      JsonObject response = get(queryText, page);
      for (JsonElement hit : response.getAsJsonArray("hits")) {
        JsonObject h = hit.getAsJsonObject();
        results.add(new ScoredDoc(h.get("id").getAsString(), h.get("score").getAsDouble()));
      }
      if (page * PAGE >= response.get("total").getAsLong()) {
        break;
      }
    }
    return results.size() > depth ? results.subList(0, depth) : results;
  }

  private JsonObject get(String query, int page) throws IOException {
    URI uri =
        base.resolve(
            "/api/search?size="
                + PAGE
                + "&page="
                + page
                + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
      }
      return JsonParser.parseString(response.body()).getAsJsonObject();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while querying " + uri, e);
    }
  }
}
