package newsearch.ingest;

import java.nio.file.Path;

/**
 * Something wrong with an input that was still indexed, such as a date that is no date: the article
 * is kept without the value, and the warning says what was lost and where.
 *
 * @param file the file it came from
 * @param line 1-based line number, or 0 for a whole file
 * @param problem what was wrong and what became of it, in words a user can act on
 */
public record InputWarning(Path file, long line, String problem) {

  /** {@code file:line: problem}, or {@code file: problem} for a whole file. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
  }
}
