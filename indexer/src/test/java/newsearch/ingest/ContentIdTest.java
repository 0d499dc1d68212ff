package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentIdTest {

  @Test
  void anArticleWithAUrlIsKnownByIt() {
    assertEquals("https://example.org/a", ContentId.of(" https://example.org/a ", "T", "B"));
  }

  /** Ids are stored in indexes: an update must find the article the last run indexed. */
  @Test
  void anArticleWithoutAUrlIsKnownByAStableHashOfItsContent() {
    assertEquals("h1424ffe0cf6024b1", ContentId.of(null, "Same", "Text."));
    assertEquals("h1424ffe0cf6024b1", ContentId.of(" ", " Same ", "Text.\n"));
  }
}
