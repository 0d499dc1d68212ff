package newsearch.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.schema.Article;
import newsearch.schema.ArticleLimits;
import newsearch.schema.SectionPath;

/**
 * Reads JSON Lines: one article object per line with {@code id}, {@code title}, {@code body},
 * {@code date} ({@code yyyy-mm-dd}), {@code section} ({@code News > Japan}), and optional {@code
 * summary}, {@code url}, {@code source} and {@code author} (or {@code authors}, a list whose names
 * are joined by semicolons, since names such as {@code Smith, J.} contain commas). Other keys are
 * ignored. A byte-order mark before the first line is skipped.
 *
 * <p>Missing or null values are gaps, not errors: an article needs only a title or a body. A date
 * that is no date is a gap too, reported as a warning, since the article is still worth finding. A
 * line that is not a JSON object, has neither title nor body, is longer than the record limit or
 * has a field beyond the index's limits ({@link ArticleLimits}) is rejected with its line number,
 * and the rest of the input is read. A line over the limit is passed over without being held in
 * memory. Stateless and thread-safe.
 */
public final class JsonLinesReader {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** Longest date value quoted back in a warning. */
  private static final int QUOTED_DATE_CHARS = 40;

  private final long maxRecordBytes;

  /** A reader of records up to {@link ReaderConfig#DEFAULT_MAX_RECORD_BYTES}. */
  public JsonLinesReader() {
    this(ReaderConfig.DEFAULTS);
  }

  /** A reader of records up to {@code config}'s {@link ReaderConfig#maxRecordBytes}. */
  public JsonLinesReader(ReaderConfig config) {
    this.maxRecordBytes = config.maxRecordBytes();
  }

  /**
   * Reads every line of {@code in}, sending articles, rejections and warnings to {@code sink}.
   *
   * @param file the file's path, for rejection messages
   * @throws IOException when the input itself cannot be read
   */
  public void read(Reader in, Path file, ArticleSink sink) throws IOException {
    read(new BoundedLineReader(in, maxRecordBytes), file, sink);
  }

  /** Reads every line from {@code lines}; the caller keeps it to know where a failure struck. */
  void read(BoundedLineReader lines, Path file, ArticleSink sink) throws IOException {
    List<String> warnings = new ArrayList<>();
    while (lines.next()) {
      long lineNumber = lines.lineNumber();
      if (lines.tooLong()) {
        sink.reject(
            new Rejection(
                file,
                lineNumber,
                Rejection.Reason.TOO_LARGE,
                "record is larger than " + ReaderConfig.describe(lines.maxBytes())));
        continue;
      }
      String line = lines.text();
      if (lineNumber == 1 && line.startsWith(BYTE_ORDER_MARK)) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      warnings.clear();
      try {
        sink.accept(parse(line, warnings));
        warnings.forEach(w -> sink.warn(new InputWarning(file, lineNumber, w)));
      } catch (RejectedInputException e) {
        sink.reject(e.at(file, lineNumber));
      }
    }
  }

  /**
   * Parses one line into an article; a date that is no date is left out, as {@link #read} does,
   * without a warning.
   */
  public Article parseLine(String line) throws RejectedInputException {
    return parse(line, new ArrayList<>());
  }

  /** Parses one line into an article, adding what was left out to {@code warnings}. */
  private static Article parse(String line, List<String> warnings) throws RejectedInputException {
    JsonObject json = strictObject(line);
    String title = text(json, "title");
    String body = text(json, "body");
    if (isBlank(title) && isBlank(body)) {
      throw new RejectedInputException(
          Rejection.Reason.NO_TITLE_OR_BODY, "record has neither title nor body");
    }
    String url = text(json, "url");
    String id = text(json, "id");
    Article article =
        new Article(
            isBlank(id) ? ContentId.of(url, title, body) : id.strip(),
            title,
            text(json, "summary"),
            body,
            date(text(json, "date"), warnings),
            SectionPath.parse(text(json, "section")),
            url,
            text(json, "source"),
            author(json),
            null);
    article = TextLanguage.builtIn().withLanguage(article, text(json, "language"));
    Optional<String> problem = ArticleLimits.problem(article);
    if (problem.isPresent()) {
      throw new RejectedInputException(Rejection.Reason.FIELD_OVER_LIMIT, problem.get());
    }
    return article;
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
        throw new RejectedInputException(
            Rejection.Reason.NOT_JSON, "not valid JSON: text after the object");
      }
      if (!element.isJsonObject()) {
        throw new RejectedInputException(Rejection.Reason.NOT_AN_OBJECT, "not a JSON object");
      }
      return element.getAsJsonObject();
    } catch (JsonParseException | IOException | StackOverflowError e) {
      throw new RejectedInputException(Rejection.Reason.NOT_JSON, "not valid JSON");
    }
  }

  /** A string or number as text; a list of them joined by semicolons; anything else is absent. */
  private static String text(JsonObject json, String key) {
    JsonElement value = json.get(key);
    if (value == null || value.isJsonNull() || value.isJsonObject()) {
      return null;
    }
    if (value.isJsonPrimitive()) {
      return value.getAsString();
    }
    List<String> items = new ArrayList<>();
    for (JsonElement item : value.getAsJsonArray()) {
      if (item.isJsonPrimitive() && !item.getAsString().isBlank()) {
        items.add(item.getAsString().strip());
      }
    }
    return items.isEmpty() ? null : String.join("; ", items);
  }

  private static String author(JsonObject json) {
    String author = text(json, "author");
    return isBlank(author) ? text(json, "authors") : author;
  }

  /** An unreadable date is a gap like a missing one: the article is still worth indexing. */
  private static LocalDate date(String value, List<String> warnings) {
    if (isBlank(value)) {
      return null;
    }
    String date = value.strip();
    try {
      return LocalDate.parse(date.substring(0, Math.min(10, date.length())));
    } catch (DateTimeParseException e) {
      String quoted =
          date.length() > QUOTED_DATE_CHARS ? date.substring(0, QUOTED_DATE_CHARS) + "…" : date;
      warnings.add("date \"" + quoted + "\" is not a date (yyyy-mm-dd); indexed without a date");
      return null;
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
