package newsearch.search.analytics;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.schema.Json;
import newsearch.search.InvalidRequestException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How an export is written: CSV (RFC 4180, a header row of field names, by Apache Commons CSV) or
 * JSON Lines (one object per article, keyed by field name, absent values as null).
 */
public enum ExportFormat {
  CSV("text/csv; charset=utf-8", "csv"),
  JSONL("application/x-ndjson; charset=utf-8", "jsonl");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The HTTP content type of an export in this format. */
  public String contentType() {
    return contentType;
  }

  /** The file name extension of an export in this format, such as {@code csv}. */
  public String extension() {
    return extension;
  }

  /**
   * The format named {@code text} ({@code csv} or {@code jsonl}, in any case); CSV when it is null
   * or blank.
   *
   * @throws InvalidRequestException with code {@code invalid_format} for any other text
   */
  public static ExportFormat parse(String text) {
    if (text == null || text.isBlank()) {
      return CSV;
    }
    for (ExportFormat format : values()) {
      if (format.extension.equalsIgnoreCase(text.strip())) {
        return format;
      }
    }
    throw new InvalidRequestException(
        "invalid_format", "format must be csv or jsonl, got '" + text.strip() + "'");
  }

  /** Writes rows of {@code fields} to {@code out}; CSV starts with the header row at once. */
  public RowWriter open(Writer out, List<ExportField> fields) throws IOException {
    String[] names = fields.stream().map(ExportField::label).toArray(String[]::new);
    if (this == CSV) {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(names).get());
      return new RowWriter() {
        @Override
        public void write(List<String> values) throws IOException {
          printer.printRecord(values);
        }

        @Override
        public void flush() throws IOException {
          printer.flush();
        }
      };
    }
    return new RowWriter() {
      @Override
      public void write(List<String> values) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
          row.put(names[i], values.get(i));
        }
        out.write(Json.GSON.toJson(row));
        out.write('\n');
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes the rows of one export, each a value per field in order (null for none). */
  public interface RowWriter {
    void write(List<String> values) throws IOException;

    /** Pushes what was written to the underlying writer, which the caller closes. */
    void flush() throws IOException;
  }
}
