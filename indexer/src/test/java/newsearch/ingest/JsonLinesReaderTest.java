package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
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
}
