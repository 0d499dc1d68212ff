package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private static final Path FILE = Path.of("articles.jsonl");

  private final JsonLinesReader reader = new JsonLinesReader();

  private CollectingSink read(String content) throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(new BufferedReader(new StringReader(content)), FILE, sink);
    return sink;
  }

  @Test
  void keepsAnArticleWithANullTitleAndShowsItsBodyAsTitle() throws Exception {
    CollectingSink sink = read("{\"id\": \"7\", \"title\": null, \"body\": \"Rain all day.\"}\n");

    Article article = sink.articles().getFirst();
    assertNull(article.title());
    assertEquals("Rain all day.", article.displayTitle());
    assertEquals(List.of(), sink.rejections());
  }

  @Test
  void rejectsBadLinesWithTheirLineNumbersAndReadsTheRest() throws Exception {
    CollectingSink sink =
        read(
            """
            {"id": "1", "title": "First", "body": "One.", "date": "1987-02-26"}
            {"id": "2", "title": null, "body": null}
            this is not json
            [1, 2, 3]

            {"id": "5", "title": "Fifth", "body": "Five.", "section": "News > Japan"}
            {"id": "6", "title": "Sixth", "body": "Six."
            """);

    assertEquals(List.of("1", "5"), sink.articles().stream().map(Article::id).toList());
    assertEquals(LocalDate.of(1987, 2, 26), sink.articles().getFirst().date());
    assertEquals("News > Japan", sink.articles().get(1).section().display());
    assertEquals(
        List.of(
            "2: record has neither title nor body",
            "3: not valid JSON",
            "4: not a JSON object",
            "7: not valid JSON"),
        sink.rejectionLines());
  }

  @Test
  void joinsAnAuthorsListWithSemicolonsWhenThereIsNoAuthor() throws Exception {
    CollectingSink sink =
        read("{\"id\": \"9\", \"title\": \"T\", \"authors\": [\"Smith, J.\", \"Roe, A.\"]}\n");

    assertEquals("Smith, J.; Roe, A.", sink.articles().getFirst().author());
  }

  @Test
  void skipsAByteOrderMarkBeforeTheFirstLine() throws Exception {
    CollectingSink sink = read("\uFEFF{\"id\": \"1\", \"title\": \"T\"}\n");

    assertEquals("1", sink.articles().getFirst().id());
  }

  @Test
  void givesAnArticleWithoutIdAStableIdFromItsContent() throws Exception {
    String line = "{\"title\": \"Same\", \"body\": \"Text.\"}\n";

    assertEquals(read(line).articles().getFirst().id(), read(line).articles().getFirst().id());
    assertEquals(ContentId.of(null, "Same", "Text."), read(line).articles().getFirst().id());
  }

  private static String record(String id, String extra) {
    return "{\"id\": \"" + id + "\", \"title\": \"Harbour\", \"body\": \"Boats.\"" + extra + "}";
  }

  @Test
  void rejectsARecordOverTheLimitByItsLineAndReadsTheRest() throws Exception {
    JsonLinesReader small = new JsonLinesReader(new ReaderConfig(1024, 1024));
    String content =
        record("1", "")
            + "\n"
            + record("2", ", \"summary\": \"" + "long ".repeat(400) + "\"")
            + "\n"
            + record("3", "")
            + "\n";
    CollectingSink sink = new CollectingSink();
    small.read(new StringReader(content), FILE, sink);

    assertEquals(List.of("1", "3"), sink.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of("articles.jsonl:2: record is larger than 1 KiB"),
        sink.rejections().stream().map(Rejection::toString).toList());
  }

  @Test
  void rejectsFieldsBeyondTheIndexLimitsByLineAndReadsTheRest() throws Exception {
    String sections = String.join(" > ", Collections.nCopies(5_000, "Level"));
    CollectingSink sink =
        read(
            record("1", "")
                + "\n"
                + record("x".repeat(40_000), "")
                + "\n"
                + record("3", ", \"section\": \"" + sections + "\"")
                + "\n"
                + record("4", ", \"author\": \"" + "ü".repeat(20_000) + "\"")
                + "\n"
                + record("5", "")
                + "\n");

    assertEquals(List.of("1", "5"), sink.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            "2: id is 40000 bytes, at most 32766",
            "3: section has 5000 levels, at most 6",
            "4: author is 40000 bytes, at most 32766"),
        sink.rejectionLines());
  }

  @Test
  void keepsAnArticleWithAnImpossibleDateAndWarnsWithItsLine() throws Exception {
    CollectingSink sink =
        read(
            record("1", ", \"date\": \"2021-13-45\"")
                + "\n"
                + record("2", ", \"date\": \"2021-03-04T10:00:00Z\"")
                + "\n"
                + record("3", ", \"date\": \"99999-99-99\"")
                + "\n");

    assertEquals(List.of("1", "2", "3"), sink.articles().stream().map(Article::id).toList());
    assertNull(sink.articles().get(0).date());
    assertEquals(LocalDate.of(2021, 3, 4), sink.articles().get(1).date());
    assertEquals(
        List.of(
            "articles.jsonl:1: date \"2021-13-45\" is not a date (yyyy-mm-dd); indexed without a date",
            "articles.jsonl:3: date \"99999-99-99\" is not a date (yyyy-mm-dd); indexed without a"
                + " date"),
        sink.warnings().stream().map(InputWarning::toString).toList());
    assertEquals(List.of(), sink.rejections());
  }
}
