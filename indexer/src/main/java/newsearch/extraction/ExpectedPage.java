package newsearch.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page of an extraction set and the fields expected of it, read from the file beside it with the
 * same name and the extension {@code .expected}: one {@code key: value} a line (keys as in {@link
 * FieldKind#key()}), {@code #} starting a comment. Keys that hold phrases may repeat.
 *
 * @param page the page file
 * @param expectations what it should yield, in file order
 */
public record ExpectedPage(Path page, List<Expectation> expectations) {

  /** The extension of expectation files. */
  public static final String EXTENSION = ".expected";

  /** Copies the list. */
  public ExpectedPage {
    expectations = List.copyOf(expectations);
  }

  /**
   * Reads the expectations of {@code page}.
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not {@code key:
   *     value} with a known key, or when the file has no expectation
   */
  public static ExpectedPage read(Path page) throws IOException {
    Path file = expectationFile(page);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Expectation> expectations = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        expectations.add(parse(file, i + 1, line));
      }
    }
    if (expectations.isEmpty()) {
      throw new IllegalArgumentException(file + ": no expectation");
    }
    return new ExpectedPage(page, expectations);
  }

  /** The expectation file beside {@code page}: {@code a.txt} has {@code a.expected}. */
  public static Path expectationFile(Path page) {
    String name = page.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return page.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + EXTENSION);
  }

  private static Expectation parse(Path file, int number, String line) {
    int colon = line.indexOf(':');
    String key = colon < 0 ? line : line.substring(0, colon).strip();
    for (FieldKind kind : FieldKind.values()) {
      if (kind.key().equals(key) && !line.substring(colon + 1).isBlank()) {
        return new Expectation(kind, line.substring(colon + 1).strip(), number);
      }
    }
    throw new IllegalArgumentException(
        file + ":" + number + ": expected 'key: value' with a key of " + keys() + ", got " + line);
  }

  private static List<String> keys() {
    return Arrays.stream(FieldKind.values()).map(FieldKind::key).toList();
  }
}
