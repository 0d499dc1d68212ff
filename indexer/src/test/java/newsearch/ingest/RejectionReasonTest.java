package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.ingest.Rejection.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rejection of the readers names its kind, and the kinds are counted by their labels. */
class RejectionReasonTest {

  @TempDir Path dir;

  private final ArticleFileReader reader = new ArticleFileReader(new ReaderConfig(1024, 2048));

  private List<Reason> reasons(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink.rejections().stream().map(Rejection::reason).toList();
  }

  private List<Reason> reasons(String name, String content) throws IOException {
    return reasons(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachBadJsonLinesRecordHasTheReasonOfItsProblem() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"id\":\"1\",\"title\":\"Good\",\"body\":\"Text.\"}",
            "not json",
            "{\"title\":\"Two\"} trailing",
            "[1, 2]",
            "{\"id\":\"5\",\"title\":\"\",\"body\":null}",
            "{\"id\":\""
                + "x".repeat(900)
                + "\",\"title\":\"Long\",\"body\":\""
                + "y".repeat(200)
                + "\"}",
            "{\"id\":\"" + "é".repeat(11_000) + "\",\"title\":\"Wide id\"}");

    assertEquals(
        List.of(
            Reason.NOT_JSON,
            Reason.NOT_JSON,
            Reason.NOT_AN_OBJECT,
            Reason.NO_TITLE_OR_BODY,
            Reason.TOO_LARGE,
            Reason.TOO_LARGE),
        reasons("a.jsonl", lines));
  }

  @Test
  void eachBadFileHasTheReasonOfItsProblem() throws IOException {
    assertEquals(List.of(Reason.UNSUPPORTED_TYPE), reasons("a.csv", "id,title"));
    assertEquals(List.of(Reason.DAMAGED_GZIP), reasons("a.jsonl.gz", "not gzip"));
    assertEquals(List.of(Reason.TOO_LARGE), reasons("big.txt", "word ".repeat(1000)));
    byte[] binary = new byte[600];
    Arrays.fill(binary, (byte) 1);
    assertEquals(List.of(Reason.NOT_TEXT), reasons("program.txt", binary));
    assertEquals(
        List.of(Reason.NO_TITLE), reasons("no_title.txt", Fixtures.bytes("pages/no_title.txt")));
    assertEquals(
        List.of(Reason.NO_BODY), reasons("no_body.txt", Fixtures.bytes("pages/no_body.txt")));
  }

  @Test
  void aFieldBeyondTheIndexLimitsIsFieldOverLimit() throws IOException {
    ArticleFileReader roomy = new ArticleFileReader(ReaderConfig.DEFAULTS);
    Path file = dir.resolve("wide.jsonl");
    Files.writeString(file, "{\"id\":\"" + "x".repeat(40_000) + "\",\"title\":\"Wide\"}\n");
    CollectingSink sink = new CollectingSink();
    roomy.read(file, sink);

    assertEquals(
        List.of(
            new Rejection(file, 1, Reason.FIELD_OVER_LIMIT, "id is 40000 bytes, at most 32766")),
        sink.rejections());
  }

  @Test
  void aFileThatIsGoneIsNoSuchFileAndOneThatFailsIsUnreadable() {
    Path file = Path.of("gone.jsonl");

    assertEquals(
        new Rejection(file, 0, Reason.NO_SUCH_FILE, "cannot read: no such file"),
        ReadFailure.rejection(file, new NoSuchFileException(file.toString())));
    assertEquals(
        new Rejection(file, 0, Reason.UNREADABLE, "cannot read: stream closed"),
        ReadFailure.rejection(file, new IOException("Stream closed")));
  }

  @Test
  void countsAreKeyedByLabelInTheOrderOfTheReasonsWithoutZeros() {
    Path file = Path.of("a.jsonl");
    List<Rejection> rejections =
        List.of(
            new Rejection(file, 3, Reason.NO_TITLE_OR_BODY, "record has neither title nor body"),
            new Rejection(file, 1, Reason.NOT_JSON, "not valid JSON"),
            new Rejection(file, 2, Reason.NOT_JSON, "not valid JSON"));
    Map<Reason, Long> counts = Rejection.countByReason(rejections);
    counts.put(Reason.DUPLICATE_ID, 0L);

    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("not_json", 2L);
    expected.put("no_title_or_body", 1L);
    assertEquals(expected, Reason.labelled(counts));
    assertEquals(
        List.of("not_json", "no_title_or_body"), List.copyOf(Reason.labelled(counts).keySet()));
  }

  @Test
  void labelsAreSnakeCaseAndStable() {
    assertEquals(
        List.of(
            "no_such_file",
            "unreadable",
            "unsupported_type",
            "damaged_gzip",
            "too_large",
            "not_text",
            "not_json",
            "not_an_object",
            "no_title_or_body",
            "no_title",
            "no_body",
            "error_page",
            "headline_list",
            "paywall_teaser",
            "no_article_text",
            "field_over_limit",
            "refused_by_index",
            "duplicate_id",
            "duplicate_content"),
        Arrays.stream(Reason.values()).map(Reason::label).toList());
  }

  @Test
  void aRejectionReadsAsFileLineAndDetail() {
    Path file = Path.of("in", "a.jsonl");

    assertEquals(
        file + ":2: not valid JSON",
        new Rejection(file, 2, Reason.NOT_JSON, "not valid JSON").toString());
    assertEquals(
        file + ": no title found",
        new Rejection(file, 0, Reason.NO_TITLE, "no title found").toString());
    assertEquals(
        "article \"5\" refused by the index: too long",
        new Rejection(
                null, 0, Reason.REFUSED_BY_INDEX, "article \"5\" refused by the index: too long")
            .toString());
  }
}
