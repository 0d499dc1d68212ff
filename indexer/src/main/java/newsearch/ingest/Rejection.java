package newsearch.ingest;

import java.nio.file.Path;

/**
 * An input that could not become an article, with where it was and why.
 *
 * @param file the file it came from
 * @param line 1-based line number, or 0 when the whole file was rejected
 * @param reason what was wrong, in words a user can act on
 */
public record Rejection(Path file, long line, String reason) {

  /** {@code file:line: reason}, or {@code file: reason} for a whole file. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
