package newsearch.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

class ContentDuplicatesTest {

  private static Article article(String id, String title, String body) {
    return new Article(id, title, null, body, null, null, null, null, null, null);
  }

  @Test
  void ignoresCaseAccentsPunctuationAndSpacing() {
    ContentDuplicates seen = new ContentDuplicates();
    assertFalse(seen.isDuplicate(article("1", "Café prices rise", "Crème brûlée, too.")));
    assertTrue(seen.isDuplicate(article("2", "CAFE PRICES  RISE!", "  creme brulee too")));
  }

  @Test
  void foldsLettersThatDoNotDecomposeAsTheIndexDoes() {
    ContentDuplicates seen = new ContentDuplicates();
    assertFalse(seen.isDuplicate(article("1", "Ørsted wins Łódź bid", "Straße and Æsir.")));
    assertTrue(seen.isDuplicate(article("2", "Orsted wins Lodz bid", "strasse and aesir")));
  }

  @Test
  void keepsWordsAndFieldsApart() {
    ContentDuplicates seen = new ContentDuplicates();
    assertFalse(seen.isDuplicate(article("1", "Rail strike", "Trains stopped.")));
    assertFalse(seen.isDuplicate(article("2", "Rails trike", "Trains stopped.")));
    assertFalse(seen.isDuplicate(article("3", "Rail", "strike Trains stopped.")));
    assertFalse(seen.isDuplicate(article("4", "Rail strike", null)));
  }

  @Test
  void anExactFingerprintCountsEveryCharacter() {
    assertEquals(
        new ContentDuplicates.Fingerprint().addExact("a1").value(),
        new ContentDuplicates.Fingerprint().addExact("a1").value());
    assertNotEquals(
        new ContentDuplicates.Fingerprint().addExact("a1").value(),
        new ContentDuplicates.Fingerprint().addExact("A1").value());
  }
}
