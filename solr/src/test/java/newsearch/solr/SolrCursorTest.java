package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsearch.search.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SolrCursorTest {

  @Test
  void aCursorIsWrittenUrlSafeAndReadBackToSolrsMark() {
    SolrCursor cursor = new SolrCursor(20, "AoNwwPuy448DCD+AAAAz/g==");
    String written = cursor.encode();
    assertEquals("20~AoNwwPuy448DCD-AAAAz_g", written);
    assertEquals(cursor, SolrCursor.decode(written));
  }

  @Test
  void theFirstPagesMarkStaysAStar() {
    assertEquals("0~*", SolrCursor.START.encode());
    assertEquals(SolrCursor.START, SolrCursor.decode("0~*"));
  }

  @Test
  void aCursorThisBackendDidNotWriteIsABadRequest() {
    for (String bad : new String[] {"abc", "~x", "5~", "-1~abc", "x~abc", "3~%%%"}) {
      InvalidRequestException e =
          assertThrows(InvalidRequestException.class, () -> SolrCursor.decode(bad), bad);
      assertEquals("invalid_cursor", e.code());
    }
  }
}
