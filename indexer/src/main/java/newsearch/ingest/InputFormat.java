package newsearch.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of an input file, judged by its name: a plain-text page ({@code .txt}), an HTML page
 * ({@code .html}, {@code .htm}) or JSON Lines ({@code .jsonl}), each possibly gzipped ({@code
 * .txt.gz}).
 */
enum InputFormat {
  TEXT_PAGE(".txt"),
  HTML_PAGE(".html", ".htm"),
  JSON_LINES(".jsonl");

  private static final String GZIP = ".gz";

  private final String[] extensions;

  InputFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** The format of {@code file}, or empty when no reader knows it. */
  static Optional<InputFormat> of(Path file) {
    String name = withoutGzip(lowerCaseName(file));
    for (InputFormat format : values()) {
      for (String extension : format.extensions) {
        if (name.endsWith(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code file} is gzipped, judged by its name. */
  static boolean isGzipped(Path file) {
    return lowerCaseName(file).endsWith(GZIP);
  }

  private static String lowerCaseName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  private static String withoutGzip(String name) {
    return name.endsWith(GZIP) ? name.substring(0, name.length() - GZIP.length()) : name;
  }
}
