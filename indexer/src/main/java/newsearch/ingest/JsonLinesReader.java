package newsearch.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;

/**
 * Reads JSON Lines: one article object per line with {@code id}, {@code title}, {@code body},
 * {@code date} ({@code yyyy-mm-dd}), {@code section} ({@code News > Japan}), and optional {@code
 * summary}, {@code url}, {@code source} and {@code author}. Other keys are ignored.
 *
 * <p>Missing or null values are gaps, not errors: an article needs only a title or a body. A line
 * that is not a JSON object, or has neither title nor body, is rejected with its line number and
 * the rest of the file is read. Stateless and thread-safe.
 */
public final class JsonLinesReader {

  /**
   * Reads every line of {@code in}, sending articles and rejections to {@code sink}.
   *
   * @param file the file's path, for rejection messages
   * @throws IOException when the file itself cannot be read
   */
  public void read(BufferedReader in, Path file, ArticleSink sink) throws IOException {
    long lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        sink.accept(parseLine(line));
      } catch (RejectedInputException e) {
        sink.reject(new Rejection(file, lineNumber, e.getMessage()));
      }
    }
  }

  /** Parses one line into an article. */
  public Article parseLine(String line) throws RejectedInputException {
    JsonObject json = strictObject(line);
    String title = text(json, "title");
    String body = text(json, "body");
    if (isBlank(title) && isBlank(body)) {
      throw new RejectedInputException("record has neither title nor body");
    }
    String url = text(json, "url");
    String id = text(json, "id");
    return new Article(
        isBlank(id) ? ContentId.of(url, title, body) : id.strip(),
        title,
        text(json, "summary"),
        body,
        date(text(json, "date")),
        SectionPath.parse(text(json, "section")),
        url,
        text(json, "source"),
        text(json, "author"),
        null);
  }

  /**
   * Parses the line as exactly one JSON object. Gson's default parser is lenient (it takes a bare
   * word as a string); a line that a strict reader refuses is not data.
   */
  private static JsonObject strictObject(String line) throws RejectedInputException {
    try {
      JsonReader reader = new JsonReader(new StringReader(line));
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new RejectedInputException("not valid JSON: text after the object");
      }
      if (!element.isJsonObject()) {
        throw new RejectedInputException("not a JSON object");
      }
      return element.getAsJsonObject();
    } catch (JsonParseException | IOException | StackOverflowError e) {
      throw new RejectedInputException("not valid JSON");
    }
  }

  private static String text(JsonObject json, String key) {
    JsonElement value = json.get(key);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    return value.isJsonPrimitive() ? value.getAsString() : value.toString();
  }

  /** An unreadable date is a gap like a missing one: the article is still worth indexing. */
  private static LocalDate date(String value) {
    if (isBlank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
