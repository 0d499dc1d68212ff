package newsearch.search.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newsearch.schema.NewsSchema;
import newsearch.search.InvalidRequestException;
import newsearch.search.SortOrder;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

  private final NewsSchema schema = new NewsSchema();

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void browsingIsByDateWhateverRelevanceOrDateWasAsked() {
    assertEquals(RankingOrder.DATE, RankingOrder.of(SortOrder.RELEVANCE, true));
    assertEquals(RankingOrder.DATE, RankingOrder.of(SortOrder.DATE, true));
    assertEquals(RankingOrder.RELEVANCE, RankingOrder.of(SortOrder.RELEVANCE, false));
    assertEquals(RankingOrder.DATE, RankingOrder.of(SortOrder.DATE, false));
  }

  @Test
  void theOldestFirstAreAskedForByName() {
    assertEquals(RankingOrder.OLDEST, RankingOrder.of(SortOrder.OLDEST, true));
    assertEquals(RankingOrder.OLDEST, RankingOrder.of(SortOrder.OLDEST, false));
    assertEquals(SortOrder.OLDEST, SortOrder.parse("oldest"));
    assertEquals(
        new Sort(schema.oldestFirst(), SortField.FIELD_SCORE, schema.byId()),
        RankingOrder.OLDEST.sort(schema));
  }

  @Test
  void eachOrderBreaksTiesById() {
    assertEquals(
        new Sort(SortField.FIELD_SCORE, schema.byId()), RankingOrder.RELEVANCE.sort(schema));
    assertEquals(
        new Sort(schema.newestFirst(), SortField.FIELD_SCORE, schema.byId()),
        RankingOrder.DATE.sort(schema));
  }

  @Test
  void cursorsWrittenBeforeTheOrdersOwnedThemStillDecode() {
    SearchCursor.Position relevance =
        RankingOrder.RELEVANCE.decode(base64("[\"relevance\",2.5,\"a1\",\"rescored\"]"));
    assertArrayEquals(new Object[] {2.5f, new BytesRef("a1")}, relevance.after().fields);
    assertTrue(relevance.rescored());
    SearchCursor.Position date = RankingOrder.DATE.decode(base64("[\"date\",18000,1.0,\"b2\"]"));
    assertArrayEquals(new Object[] {18000L, 1.0f, new BytesRef("b2")}, date.after().fields);
    assertFalse(date.rescored());
  }

  @Test
  void aCursorEncodesAsBeforeAndDecodesToTheSamePosition() {
    FieldDoc last = new FieldDoc(7, 1.5f, new Object[] {19000L, 1.5f, new BytesRef("c3")});
    String cursor = RankingOrder.DATE.encode(new SearchCursor.Position(last, false));
    assertEquals(base64("[\"date\",19000,1.5,\"c3\"]"), cursor);
    assertArrayEquals(last.fields, RankingOrder.DATE.decode(cursor).after().fields);
  }

  @Test
  void aCursorOfAnotherOrderIsRefusedNamingItsOrder() {
    String cursor = base64("[\"date\",18000,1.0,\"b2\"]");
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> RankingOrder.RELEVANCE.decode(cursor));
    assertEquals("the cursor belongs to sort=date; start again without a cursor", e.getMessage());
  }
}
