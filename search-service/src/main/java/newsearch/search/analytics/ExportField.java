package newsearch.search.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import newsearch.schema.NewsSchema;
import newsearch.search.InvalidRequestException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** A stored field of an article that an export can write, named in lower case. */
public enum ExportField {
  ID(NewsSchema.ID),
  DATE(NewsSchema.DATE),
  SECTION(NewsSchema.SECTION),
  TITLE(NewsSchema.TITLE),
  URL(NewsSchema.URL),
  SOURCE(NewsSchema.SOURCE),
  AUTHOR(NewsSchema.AUTHOR),
  SUMMARY(NewsSchema.SUMMARY),
  BODY(NewsSchema.BODY);

  /** What an export holds when the request names no fields: enough to cite each article. */
  public static final List<ExportField> DEFAULTS = List.of(ID, DATE, SECTION, TITLE, URL);

  private final String stored;

  ExportField(String stored) {
    this.stored = stored;
  }

  /** The name in requests, headers and JSON keys. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stored field it reads. */
  String stored() {
    return stored;
  }

  /** Its value in {@code doc}, as text; null when the article has none. */
  String value(Document doc) {
    if (this == DATE) {
      IndexableField date = doc.getField(NewsSchema.DATE);
      return date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()).toString();
    }
    return doc.get(stored);
  }

  /**
   * The fields named in {@code list}, comma-separated, in that order; {@link #DEFAULTS} when it is
   * null or blank.
   *
   * @throws InvalidRequestException with code {@code invalid_fields} naming an unknown or repeated
   *     field
   */
  public static List<ExportField> parseList(String list) {
    if (list == null || list.isBlank()) {
      return DEFAULTS;
    }
    List<ExportField> fields = new ArrayList<>();
    for (String name : list.split(",", -1)) {
      ExportField field = byLabel(name.strip());
      if (fields.contains(field)) {
        throw new InvalidRequestException(
            "invalid_fields", "fields names " + field.label() + " twice, in '" + list + "'");
      }
      fields.add(field);
    }
    return List.copyOf(fields);
  }

  private static ExportField byLabel(String name) {
    for (ExportField field : values()) {
      if (field.label().equals(name)) {
        return field;
      }
    }
    throw new InvalidRequestException(
        "invalid_fields",
        "fields may name "
            + Arrays.stream(values()).map(ExportField::label).collect(Collectors.joining(", "))
            + "; got '"
            + name
            + "'");
  }
}
