package newsearch.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsearch.schema.Json;

/**
 * Reads and writes {@link SearchConfig} as a JSON file with {@code snake_case} keys ({@code
 * title_boost}, {@code k1}, ...). A file may name only the knobs it changes; the rest keep their
 * defaults. An unknown key is an error, so a misspelt knob is not silently ignored.
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

  /** The configuration with the keys of {@code changes} replaced. */
  public static SearchConfig merge(SearchConfig base, JsonObject changes) {
    JsonObject merged = Json.GSON.toJsonTree(base).getAsJsonObject();
    for (Map.Entry<String, JsonElement> e : changes.entrySet()) {
      if (!merged.has(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown setting '" + e.getKey() + "'; known: " + merged.keySet());
      }
      merged.add(e.getKey(), e.getValue());
    }
    return Json.GSON.fromJson(merged, SearchConfig.class);
  }

  /** Writes every setting of {@code config}, so the file documents itself. */
  public static void write(SearchConfig config, Path file) throws IOException {
    Files.writeString(file, Json.PRETTY.toJson(config) + "\n", StandardCharsets.UTF_8);
  }
}
