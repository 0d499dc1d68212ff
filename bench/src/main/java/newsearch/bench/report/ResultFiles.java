package newsearch.bench.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The result files of one suite run, in one folder, as {@code bench/run.sh} writes them. A missing
 * file is a step that did not run; the report says so rather than failing.
 */
final class ResultFiles {

  private final Path dir;

  ResultFiles(Path dir) {
    this.dir = dir;
  }

  /** The result files of the sub-folder {@code name}, such as the Reuters runs. */
  ResultFiles folder(String name) {
    return new ResultFiles(dir.resolve(name));
  }

  /** The file's JSON, if the file exists. */
  Optional<JsonElement> json(String name) {
    return text(name)
        .map(
            text -> {
              try {
                return JsonParser.parseString(text);
              } catch (JsonParseException e) {
                throw new ResultFileException(
                    dir.resolve(name) + ": not valid JSON: " + e.getMessage(), e);
              }
            });
  }

  /** The file's JSON object, if the file exists. */
  Optional<JsonObject> object(String name) {
    return json(name)
        .map(
            json -> {
              if (!json.isJsonObject()) {
                throw new ResultFileException(
                    dir.resolve(name) + ": line 1: expected a JSON object", null);
              }
              return json.getAsJsonObject();
            });
  }

  /** The file's text, if the file exists and is not empty. */
  Optional<String> text(String name) {
    Path file = dir.resolve(name);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's path, if the file exists. */
  Optional<Path> path(String name) {
    Path file = dir.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** A number member of an object, or NaN when absent or null. */
  static double number(JsonObject object, String member) {
    JsonElement value = object.get(member);
    return value == null || value.isJsonNull() ? Double.NaN : value.getAsDouble();
  }

  /** A text member of an object, or empty when absent or null. */
  static String string(JsonObject object, String member) {
    JsonElement value = object.get(member);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
