package newsearch.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.search.alert.SavedSearches;

/**
 * {@code POST /api/alerts}: saves a search from a JSON body {@code {"name", "query", "section",
 * "from", "to", "webhook"}} (query and filters as in {@code /api/search}; without {@code webhook}
 * it is a feed only) and answers with it, its {@code id}, its {@code secret} and its feed's
 * address; {@code GET /api/alerts}: every saved search. On the admin listener; the body has been
 * received in full by a {@link BufferedBody}. A body that is not such an object is a 400 naming
 * what is wrong.
 */
final class AlertsHandler extends JsonHandler {

  static final String ROUTE = "/api/alerts";

  private static final Set<String> FIELDS =
      Set.of("name", "query", "section", "from", "to", "webhook");

  private final SavedSearches alerts;

  AlertsHandler(SavedSearches alerts) {
    this.alerts = alerts;
  }

  @Override
  protected Object answer(HttpServerExchange exchange) throws Exception {
    if (!exchange.getRequestMethod().equals(Methods.POST)) {
      return Map.of("alerts", alerts.all());
    }
    JsonObject body = body(exchange);
    SavedSearches.Created created =
        alerts.create(
            text(body, "name"),
            text(body, "query"),
            sections(body),
            text(body, "from"),
            text(body, "to"),
            text(body, "webhook"));
    String id = created.search().id();
    return Map.of(
        "id",
        id,
        "secret",
        created.secret(),
        "feed",
        AlertHandler.PREFIX + id + AlertFeedHandler.SUFFIX,
        "alert",
        created.search());
  }

  private static JsonObject body(HttpServerExchange exchange) throws Exception {
    JsonElement parsed;
    try (Reader in = new InputStreamReader(BufferedBody.of(exchange), StandardCharsets.UTF_8)) {
      parsed = JsonParser.parseReader(in);
    } catch (JsonParseException e) {
      throw invalid("the body is not JSON: " + e.getMessage());
    }
    if (!parsed.isJsonObject()) {
      throw invalid("the body must be a JSON object with a name and a query");
    }
    JsonObject body = parsed.getAsJsonObject();
    for (String key : body.keySet()) {
      if (!FIELDS.contains(key)) {
        throw invalid(
            "unknown field '"
                + key
                + "'; fields are "
                + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    return body;
  }

  private static String text(JsonObject body, String name) {
    JsonElement value = body.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw invalid(name + " must be a string");
    }
    return value.getAsString();
  }

  /** {@code section} as one path or a list of them, as {@code /api/search} takes it repeated. */
  private static List<String> sections(JsonObject body) {
    JsonElement value = body.get("section");
    List<String> sections = new ArrayList<>();
    if (value == null || value.isJsonNull()) {
      return sections;
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      sections.add(value.getAsString());
      return sections;
    }
    if (!value.isJsonArray()) {
      throw invalid("section must be a string or a list of strings");
    }
    for (JsonElement element : value.getAsJsonArray()) {
      if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
        throw invalid("section must be a string or a list of strings");
      }
      sections.add(element.getAsString());
    }
    return sections;
  }

  private static ApiException invalid(String message) {
    return new ApiException(StatusCodes.BAD_REQUEST, "invalid_body", message);
  }
}
