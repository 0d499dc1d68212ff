package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsearch.schema.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {

  @TempDir Path dir;

  private final ArticleFileReader reader = new ArticleFileReader();

  private CollectingSink read(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink;
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void supportsPagesAndJsonLinesPlainOrGzippedByName() {
    for (String name :
        List.of("a.txt", "a.html", "a.HTM", "a.jsonl", "a.txt.gz", "a.html.gz", "a.jsonl.gz")) {
      assertTrue(reader.supports(Path.of(name)), name);
    }
    for (String name : List.of("a.gz", "a.json", "a.csv", "a.tar.gz", "txt")) {
      assertFalse(reader.supports(Path.of(name)), name);
    }
  }

  @Test
  void readsAGzippedTextPageLikeThePlainOne() throws Exception {
    byte[] page = Fixtures.bytes("pages/chevron_breadcrumb_bulleted_lede.txt");

    Article plain = read("ferry.txt", page).articles().getFirst();
    Article gzipped = read("ferry.txt.gz", gzip(page)).articles().getFirst();

    assertEquals(plain, gzipped);
  }

  @Test
  void readsAGzippedHtmlPage() throws Exception {
    CollectingSink sink =
        read("talks.html.gz", gzip(Fixtures.bytes("html/opengraph_article.html")));

    assertEquals(
        List.of("https://news.example.org/world/asia/island-talks-resume"),
        sink.articles().stream().map(Article::id).toList());
  }

  @Test
  void streamsAGzippedJsonLinesFileWithItsRejections() throws Exception {
    String lines =
        "{\"id\": \"1\", \"title\": \"One\"}\nnot json\n{\"id\": \"3\", \"body\": \"Three.\"}\n";

    CollectingSink sink = read("a.jsonl.gz", gzip(lines.getBytes(StandardCharsets.UTF_8)));

    assertEquals(List.of("1", "3"), sink.articles().stream().map(Article::id).toList());
    assertEquals(List.of("2: not valid JSON"), sink.rejectionLines());
  }

  @Test
  void rejectsAFileThatIsNotGzipDespiteItsName() throws Exception {
    CollectingSink sink =
        read("page.txt.gz", "Plain text, not gzip".getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of(), sink.articles());
    assertEquals(List.of("0: damaged gzip data: Not in GZIP format"), sink.rejectionLines());
  }

  @Test
  void keepsTheArticlesBeforeTheDamageInATruncatedGzippedJsonLinesFile() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      lines.append("{\"id\": \"").append(i).append("\", \"title\": \"Title ").append(i);
      lines.append("\", \"body\": \"").append("word ".repeat(i % 50)).append("\"}\n");
    }
    byte[] whole = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));

    CollectingSink sink = read("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));

    assertTrue(
        sink.articles().size() > 100, "articles before the damage: " + sink.articles().size());
    assertTrue(sink.articles().size() < 2000, "not every article: " + sink.articles().size());
    Rejection damage = sink.rejections().getLast();
    assertTrue(damage.detail().startsWith("damaged gzip data: "), damage.detail());
    assertTrue(damage.line() > sink.articles().size(), "line " + damage.line());
  }

  @Test
  void readsATextPageInWindows1252() throws Exception {
    byte[] page =
        "Café Owners Win the Right to Open Late\n\nThe council\u2019s decision was unanimous.\n"
            .getBytes(Charset.forName("windows-1252"));

    Article article = read("cafe.txt", page).articles().getFirst();

    assertEquals("Café Owners Win the Right to Open Late", article.title());
    assertEquals("The council\u2019s decision was unanimous.", article.body());
  }

  @Test
  void decodesAnHtmlPageInTheCharsetItDeclaresWhenItIsNotUtf8() throws Exception {
    byte[] page =
        ("<html><head><meta charset=\"iso-8859-15\"><title>Prices Rise</title></head>"
                + "<body><h1>Prices Rise</h1><p>Bread now costs 3 \u20ac a loaf.</p></body></html>")
            .getBytes(Charset.forName("ISO-8859-15"));

    Article article = read("prices.html", page).articles().getFirst();

    assertEquals("Bread now costs 3 \u20ac a loaf.", article.body());
  }

  @Test
  void replacesBytesThatAreNotUtf8InJsonLines() throws Exception {
    byte[] prefix = "{\"id\": \"1\", \"title\": \"Caf".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[prefix.length + 1 + suffix.length];
    System.arraycopy(prefix, 0, line, 0, prefix.length);
    line[prefix.length] = (byte) 0xE9;
    System.arraycopy(suffix, 0, line, prefix.length + 1, suffix.length);

    CollectingSink sink = read("a.jsonl", line);

    assertEquals("Caf\uFFFD", sink.articles().getFirst().title());
  }

  @Test
  void rejectsAnUnsupportedFileByName() throws Exception {
    CollectingSink sink = read("notes.csv", "a,b".getBytes(StandardCharsets.UTF_8));

    assertEquals(
        List.of("0: unsupported file type (expected .txt, .html, .htm or .jsonl, or .gz)"),
        sink.rejectionLines());
  }

  @Test
  void rejectsABinaryFileUnderAPageName() throws Exception {
    // The start of a program file: a magic number, then mostly zero bytes.
    byte[] block = {0x7F, 'E', 'L', 'F', 0, 0, 0, 1};
    byte[] program = new byte[8 * 1024];
    for (int i = 0; i < program.length; i++) {
      program[i] = block[i % block.length];
    }

    CollectingSink sink = read("program.txt", program);

    assertEquals(List.of(), sink.articles());
    assertEquals(List.of("0: not text: 63% control characters"), sink.rejectionLines());
  }

  @Test
  void rejectsARealProgramCopiedToATextName() throws Exception {
    Path program = Path.of("/bin/ls");
    Assumptions.assumeTrue(Files.isRegularFile(program), "no /bin/ls here");

    CollectingSink sink = read("ls.txt", Files.readAllBytes(program));

    assertEquals(List.of(), sink.articles());
    String reason = sink.rejections().getFirst().detail();
    assertTrue(reason.matches("not text: \\d+% control characters"), reason);
  }

  @Test
  void keepsAPageWithAStrayControlCharacter() throws Exception {
    byte[] page =
        "Harbour Reopens After Repairs\n\nThe harbour\u0000 reopened on Monday.\f\n"
            .getBytes(StandardCharsets.UTF_8);

    Article article = read("harbour.txt", page).articles().getFirst();

    assertEquals("Harbour Reopens After Repairs", article.title());
  }

  @Test
  void rejectsAPageWhoseAddressIsBeyondTheIndexLimit() throws Exception {
    String address = "https://news.example.org/" + "a".repeat(40_000);
    byte[] page =
        ("<html><head><title>Harbour Reopens</title><link rel=\"canonical\" href=\""
                + address
                + "\"></head><body><h1>Harbour Reopens</h1><p>The harbour reopened on Monday"
                + " after a year of repairs to its walls.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    CollectingSink sink = read("harbour.html", page);

    assertEquals(List.of("0: id is 40025 bytes, at most 32766"), sink.rejectionLines());
  }

  @Test
  void rejectsAPageOverTheConfiguredLimit() throws Exception {
    ArticleFileReader small = new ArticleFileReader(new ReaderConfig(1024, 2048));
    Path file = dir.resolve("long.txt");
    Files.writeString(file, "Harbour Reopens\n\n" + "The harbour reopened. ".repeat(100));
    CollectingSink sink = new CollectingSink();

    small.read(file, sink);

    assertEquals(List.of("0: page larger than 2 KiB"), sink.rejectionLines());
  }
}
