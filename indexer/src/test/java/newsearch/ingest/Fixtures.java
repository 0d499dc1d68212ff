package newsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test pages under {@code src/test/resources}. */
final class Fixtures {

  private Fixtures() {}

  /** The resource at {@code path}, such as {@code pages/no_title.txt}, as UTF-8 text. */
  static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
