package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

class ArticleBatchTest {

  private static Article article(String id, int bodyChars) {
    return new Article(
        id, "Title", null, "b".repeat(bodyChars), null, null, null, null, null, null);
  }

  @Test
  void isFullAtItsArticleCount() {
    ArticleBatch batch = new ArticleBatch(2, 1_000_000);
    batch.add(article("1", 10), Path.of("a.jsonl"));
    assertFalse(batch.isFull());
    batch.add(article("2", 10), Path.of("a.jsonl"));
    assertTrue(batch.isFull());
  }

  @Test
  void isFullAtItsBodyCharactersLongBeforeItsArticleCount() {
    ArticleBatch batch = new ArticleBatch(256, 1_000);
    batch.add(article("1", 600), Path.of("a.jsonl"));
    assertFalse(batch.isFull());
    batch.add(article("2", 400), Path.of("b.jsonl"));
    assertTrue(batch.isFull());
  }

  @Test
  void knowsTheFileEachArticleCameFrom() {
    ArticleBatch batch = new ArticleBatch(256, 1_000);
    Article first = article("1", 1);
    Article second = article("1", 1);
    batch.add(first, Path.of("a.jsonl"));
    batch.add(second, Path.of("b.jsonl"));

    assertEquals(Path.of("a.jsonl"), batch.fileOf(first));
    assertEquals(Path.of("b.jsonl"), batch.fileOf(second));
  }
}
