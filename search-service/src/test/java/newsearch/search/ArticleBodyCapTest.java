package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsearch.schema.Article;
import newsearch.search.index.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles stored before records had a size limit: the article look-up cuts their bodies, and does
 * not even read one whose word count shows it to be far beyond the cap.
 */
class ArticleBodyCapTest {

  @TempDir Path dir;
  private NewsSearcher searcher;

  /** {@code words} words of five letters and a space: six characters a word. */
  private static String words(int words) {
    return "tides ".repeat(words).strip();
  }

  @BeforeEach
  void open() throws IOException {
    searcher =
        TestIndex.open(
            dir,
            List.of(
                TestIndex.article("short", "Harbour reopens", "Boats are back."),
                TestIndex.article("long", "Tide tables", words(1_000)),
                TestIndex.article("vast", "Tide tables for a century", words(20_000)),
                TestIndex.article("untitled", null, words(20_000))),
            SearchConfig.DEFAULTS);
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  private StoredArticle article(String id, int maxBodyChars) throws IOException {
    return searcher.article(id, maxBodyChars).orElseThrow();
  }

  @Test
  void sendsAShortBodyWhole() throws IOException {
    StoredArticle stored = article("short", 1_000);

    assertEquals("Boats are back.", stored.article().body());
    assertFalse(stored.bodyTruncated());
  }

  @Test
  void cutsALongBodyToTheCapAndSaysSo() throws IOException {
    StoredArticle stored = article("long", 1_000);

    assertEquals(words(1_000).substring(0, 1_000), stored.article().body());
    assertEquals("Tide tables", stored.article().title());
    assertTrue(stored.bodyTruncated());
  }

  @Test
  void leavesUnreadABodyOfMoreThanTenTimesTheCapInWords() throws IOException {
    StoredArticle stored = article("vast", 1_000);

    assertEquals("", stored.article().body());
    assertEquals("Tide tables for a century", stored.article().title());
    assertTrue(stored.bodyTruncated());
  }

  @Test
  void readsAndCutsAVastBodyWithinTenTimesTheCap() throws IOException {
    StoredArticle stored = article("vast", 5_000);

    assertEquals(words(20_000).substring(0, 5_000), stored.article().body());
    assertTrue(stored.bodyTruncated());
  }

  @Test
  void cutsRatherThanSkipsTheBodyOfAnUntitledArticle() throws IOException {
    Article article = article("untitled", 1_000).article();

    assertEquals(1_000, article.body().length());
  }

  @Test
  void refusesACapBelowOneCharacter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> searcher.article("short", 0));

    assertEquals("maxBodyChars must be at least 1, got 0", e.getMessage());
  }
}
