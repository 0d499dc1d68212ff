package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Reading a file of arbitrary bytes under any supported name, gzipped or not, whole or cut short,
 * never throws, finishes quickly and gives every rejection a reason.
 */
class FileReaderRobustnessTest {

  /**
   * Far above what a 3,000-byte input takes (milliseconds), so that only a hang fails, not a first
   * input that loads the language detector on a machine busy with other work.
   */
  private static final Duration PER_INPUT = Duration.ofSeconds(10);

  static {
    // The language profiles are read once per JVM, by the first detection; that one-off cost
    // is not the per-input time these properties bound.
    TextLanguage.builtIn();
  }

  private static Path dir;

  private final ArticleFileReader reader = new ArticleFileReader();

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("file-reader-properties");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Property(tries = 1000)
  void readsArbitraryBytesUnderAnySupportedName(
      @ForAll @Size(max = 3000) byte[] bytes,
      @ForAll @IntRange(min = 0, max = 3) int format,
      @ForAll boolean gzip,
      @ForAll @IntRange(min = 0, max = 100) int keptPercent)
      throws IOException {
    String name = new String[] {"page.txt", "page.html", "page.htm", "lines.jsonl"}[format];
    byte[] content = bytes;
    if (gzip) {
      byte[] whole = gzip(bytes);
      content = Arrays.copyOf(whole, whole.length * keptPercent / 100);
      name += ".gz";
    }
    Path file = Files.write(dir.resolve(name), content);
    CollectingSink sink = new CollectingSink();

    assertTimeoutPreemptively(PER_INPUT, () -> reader.read(file, sink));

    for (Rejection rejection : sink.rejections()) {
      assertFalse(rejection.detail().isBlank());
      assertTrue(rejection.line() >= 0);
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
