package newsearch.relevance.io;

import java.io.IOException;
import java.nio.file.Path;

/** A line of an input file that does not parse, with where it is and what is wrong. */
public final class MalformedLineException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long lineNumber;

  /**
   * Creates the exception.
   *
   * @param file the file read
   * @param lineNumber the line's number, counting from 1
   * @param reason what is wrong with the line
   */
  public MalformedLineException(Path file, long lineNumber, String reason) {
    super(file + ":" + lineNumber + ": " + reason);
    this.file = file;
    this.lineNumber = lineNumber;
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** The line's number, counting from 1. */
  public long lineNumber() {
    return lineNumber;
  }
}
