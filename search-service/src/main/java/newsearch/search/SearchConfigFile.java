package newsearch.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import newsearch.schema.Json;

/**
 * Reads and writes {@link SearchConfig} as a flat JSON object with {@code snake_case} keys ({@code
 * title_boost}, {@code k1}, {@code max_depth}, ...): each key is the name of one value of one of
 * the config's groups, so the records themselves are the one list of settings, for files and for
 * the tuner's knobs alike. A file may name only the knobs it changes; the rest keep their defaults.
 * An unknown key is an error, so a misspelt knob is not silently ignored.
 */
public final class SearchConfigFile {

  private SearchConfigFile() {}

  /**
   * Reads the file over the defaults.
   *
   * @throws IllegalArgumentException naming the file and the problem when it is not a valid
   *     configuration
   */
  public static SearchConfig read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return merge(SearchConfig.DEFAULTS, JsonParser.parseString(text).getAsJsonObject());
    } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + ": not a valid search configuration: " + e.getMessage(), e);
    }
  }

  /**
   * The configuration with the settings named in {@code changes} replaced.
   *
   * @throws IllegalArgumentException for an unknown setting or a value out of range
   */
  public static SearchConfig merge(SearchConfig base, JsonObject changes) {
    JsonObject groups = Json.GSON.toJsonTree(base).getAsJsonObject();
    Map<String, JsonObject> groupOf = groupOfSetting(groups);
    for (Map.Entry<String, JsonElement> e : changes.entrySet()) {
      JsonObject group = groupOf.get(e.getKey());
      if (group == null) {
        throw new IllegalArgumentException(
            "unknown setting '" + e.getKey() + "'; known: " + groupOf.keySet());
      }
      group.add(e.getKey(), e.getValue());
    }
    try {
      return Json.GSON.fromJson(groups, SearchConfig.class);
    } catch (RuntimeException e) {
      // Gson wraps what a record's constructor throws; the validation message is the one to show.
      if (e.getCause() instanceof IllegalArgumentException invalid) {
        throw invalid;
      }
      throw e;
    }
  }

  /** Every setting of {@code config} by its key, in group order. */
  public static JsonObject settings(SearchConfig config) {
    JsonObject flat = new JsonObject();
    groupOfSetting(Json.GSON.toJsonTree(config).getAsJsonObject())
        .forEach((key, group) -> flat.add(key, group.get(key)));
    return flat;
  }

  /** Writes every setting of {@code config}, so the file documents itself. */
  public static void write(SearchConfig config, Path file) throws IOException {
    Files.writeString(file, Json.PRETTY.toJson(settings(config)) + "\n", StandardCharsets.UTF_8);
  }

  private static Map<String, JsonObject> groupOfSetting(JsonObject groups) {
    Map<String, JsonObject> groupOf = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> group : groups.entrySet()) {
      JsonObject values = group.getValue().getAsJsonObject();
      for (String key : values.keySet()) {
        if (groupOf.put(key, values) != null) {
          throw new IllegalStateException("setting '" + key + "' is in two groups");
        }
      }
    }
    return groupOf;
  }
}
