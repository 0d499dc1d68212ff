package newsearch.server;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article route over an index written before records had a size limit. */
class ArticleRouteLimitsTest {

  @TempDir Path dir;
  private RunningServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        new RunningServer(
            dir,
            List.of(
                article("a", "Harbour reopens", "Boats are back."),
                article("big", "Tide tables", "tides ".repeat(50_000).strip())));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private JsonObject get(String id) throws Exception {
    HttpResponse<String> response = server.get("/api/articles/" + id);
    assertEquals(200, response.statusCode(), response.body());
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void sendsAnOrdinaryArticleWholeAndSaysItIsNotCut() throws Exception {
    JsonObject article = get("a");

    assertEquals("Boats are back.", article.get("body").getAsString());
    assertFalse(article.get("body_truncated").getAsBoolean());
    assertEquals("Harbour reopens", article.get("title").getAsString());
  }

  @Test
  void cutsAHugeStoredBodyToTheCapAndSaysSo() throws Exception {
    JsonObject article = get("big");

    assertEquals(ArticleHandler.MAX_BODY_CHARS, article.get("body").getAsString().length());
    assertTrue(article.get("body").getAsString().startsWith("tides tides"));
    assertTrue(article.get("body_truncated").getAsBoolean());
    assertEquals("Tide tables", article.get("title").getAsString());
  }
}
