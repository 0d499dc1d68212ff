package newsearch.relevance.engine;

import com.google.gson.JsonArray;
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
 * Retrieval against a running service over {@code GET /api/search}, page by page until a page comes
 * back short or without a cursor, to measure what users get from a deployed configuration. Topics
 * in prose go through {@link TopicText#reading}.
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
      JsonArray hits = response.getAsJsonArray("hits");
      for (JsonElement hit : hits) {
        JsonObject h = hit.getAsJsonObject();
        results.add(new ScoredDoc(h.get("id").getAsString(), h.get("score").getAsDouble()));
      }
      // Not page * PAGE >= total: the total counts the copies folded into hits, so it would ask
      // for empty pages after the last one.
      if (hits.size() < PAGE || isLastPage(response)) {
        break;
      }
    }
    return results.size() > depth ? results.subList(0, depth) : results;
  }

  /** Whether the service says no hit follows this page: it gives no cursor to go on from. */
  private static boolean isLastPage(JsonObject response) {
    JsonElement cursor = response.get("cursor");
    return cursor == null || cursor.isJsonNull();
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
