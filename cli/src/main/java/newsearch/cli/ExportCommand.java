package newsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsearch.schema.NewsSchema;
import newsearch.search.InvalidRequestException;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchConfig;
import newsearch.search.SearchParameters;
import newsearch.search.analytics.ExportConfig;
import newsearch.search.analytics.ExportField;
import newsearch.search.analytics.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsearch export QUERY --format csv --out FILE}: writes every match of a query, in the
 * search's order, from the index in-process, as {@code GET /api/export} serves it. The file is
 * created only once the export is known to be within {@code --max-rows}; progress goes to standard
 * error.
 */
@Command(name = "export", description = "Write every match of a query to a CSV or JSON Lines file.")
final class ExportCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Query in the search syntax; none exports every article.")
  String query;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "File to write; replaced if it exists.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv (with a header row) or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--fields",
      paramLabel = "FIELD[,FIELD...]",
      description =
          "Fields to write, in order, of id, date, section, title, url, source, author, summary,"
              + " body (default: id,date,section,title,url).")
  String fields;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance or date, newest first (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--section",
      paramLabel = "SECTION",
      description = "Only this section, such as 'News > Japan' (repeatable: any of them).")
  List<String> sections;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest date, inclusive.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest date, inclusive.")
  String to;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      description = "Refuse an export of more articles than this (default: ${DEFAULT-VALUE}).")
  long maxRows = ExportConfig.DEFAULT_MAX_ROWS;

  @Mixin IndexOption index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (NewsSearcher searcher =
        NewsSearcher.open(index.generations(), new NewsSchema(), SearchConfig.DEFAULTS)) {
      ExportFormat exportFormat = ExportFormat.parse(format);
      List<ExportField> exportFields = ExportField.parseList(fields);
      ExportProgress progress = new ExportProgress(err);
      try (FileRows rows = new FileRows(out, exportFormat, exportFields, progress)) {
        long written =
            searcher
                .analytics()
                .export(
                    SearchParameters.filters(parameters()),
                    exportFields,
                    ExportConfig.DEFAULTS.withMaxRows(maxRows),
                    rows::open);
        progress.done(written, out);
      }
      return 0;
    } catch (InvalidRequestException e) {
      err.println("newsearch export: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** The options as the search routes' parameters, so that they are read by the same code. */
  private Map<String, List<String>> parameters() {
    Map<String, List<String>> params = new HashMap<>();
    params.put("q", query == null ? List.of() : List.of(query));
    params.put("sort", List.of(sort));
    params.put("section", sections == null ? List.of() : sections);
    params.put("from", from == null ? List.of() : List.of(from));
    params.put("to", to == null ? List.of() : List.of(to));
    return params;
  }

  /** The output file, opened only when the export begins, and its rows, counted for progress. */
  private static final class FileRows implements AutoCloseable {
    private final Path file;
    private final ExportFormat format;
    private final List<ExportField> fields;
    private final ExportProgress progress;
    private Writer writer;

    FileRows(Path file, ExportFormat format, List<ExportField> fields, ExportProgress progress) {
      this.file = file;
      this.format = format;
      this.fields = fields;
      this.progress = progress;
    }

    ExportFormat.RowWriter open(long total) throws IOException {
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      ExportFormat.RowWriter rows = format.open(writer, fields);
      progress.start(total);
      return new ExportFormat.RowWriter() {
        @Override
        public void write(List<String> values) throws IOException {
          rows.write(values);
          progress.row();
        }

        @Override
        public void flush() throws IOException {
          rows.flush();
        }
      };
    }

    @Override
    public void close() throws IOException {
      if (writer != null) {
        writer.close();
      }
    }
  }

  /** Prints how far an export has come, at every tenth of it, on standard error. */
  private static final class ExportProgress {
    private final PrintWriter err;
    private long total;
    private long written;
    private long nextReport;

    ExportProgress(PrintWriter err) {
      this.err = err;
    }

    void start(long rows) {
      total = rows;
      nextReport = Math.max(1, rows / 10);
    }

    void row() {
      written++;
      if (written == nextReport && written < total) {
        err.printf(
            Locale.ROOT,
            "export: %3d%%  %,d of %,d articles%n",
            written * 100 / total,
            written,
            total);
        err.flush();
        nextReport += Math.max(1, total / 10);
      }
    }

    void done(long rows, Path file) {
      err.printf(Locale.ROOT, "export: %,d articles written to %s%n", rows, file);
      err.flush();
    }
  }
}
