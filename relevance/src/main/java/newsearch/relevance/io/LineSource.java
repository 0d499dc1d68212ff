package newsearch.relevance.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The meaningful lines of a text file, numbered, for readers that report where a line failed. */
final class LineSource {

  /** Receives one content line. */
  @FunctionalInterface
  interface LineConsumer {
    /**
     * Takes a line.
     *
     * @throws IllegalArgumentException if the line is malformed, with the reason as message
     */
    void accept(String line, long lineNumber);
  }

  private LineSource() {}

  /**
   * Sends every line of {@code file} that is neither blank nor a {@code #} comment to {@code
   * consumer}, turning its {@link IllegalArgumentException} into a {@link MalformedLineException}.
   */
  static void forEachLine(Path file, LineConsumer consumer) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        String content = line.trim();
        if (content.isEmpty() || content.startsWith("#")) {
          continue;
        }
        try {
          consumer.accept(line, lineNumber);
        } catch (IllegalArgumentException e) {
          throw new MalformedLineException(file, lineNumber, e.getMessage());
        }
      }
    }
  }

  /** Splits a line into its fields at ASCII whitespace, as C's isspace does. */
  static String[] fields(String line) {
    return line.trim().split("\\s+");
  }
}
