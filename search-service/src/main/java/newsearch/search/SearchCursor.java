package newsearch.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque cursors for deep paging with search-after: the sort values of the last hit of a page, with
 * the sort order they belong to, encoded as URL-safe base64 of a small JSON array. A cursor that
 * does not decode, or belongs to another sort order, is an {@link InvalidRequestException}.
 */
final class SearchCursor {

  private SearchCursor() {}

  /** The cursor that continues after {@code last} under {@code order}. */
  static String encode(FieldDoc last, SortOrder order) {
    JsonArray values = new JsonArray();
    values.add(order.label());
    for (Object field : last.fields) {
      switch (field) {
        case Float f -> values.add(f);
        case Long l -> values.add(l);
        case BytesRef b -> values.add(b.utf8ToString());
        default -> throw new IllegalStateException("unexpected sort value " + field);
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(values.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor stands for, to search after. */
  static FieldDoc decode(String cursor, SortOrder order) {
    try {
      JsonArray values =
          JsonParser.parseString(
                  new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
              .getAsJsonArray();
      if (!order.label().equals(values.get(0).getAsString())) {
        throw invalid("the cursor belongs to sort=" + values.get(0).getAsString());
      }
      Object[] fields =
          switch (order) {
            case RELEVANCE ->
                new Object[] {
                  values.get(1).getAsFloat(), new BytesRef(values.get(2).getAsString())
                };
            case DATE ->
                new Object[] {
                  values.get(1).getAsLong(),
                  values.get(2).getAsFloat(),
                  new BytesRef(values.get(3).getAsString())
                };
          };
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields);
    } catch (InvalidRequestException e) {
      throw e;
    } catch (RuntimeException e) {
      throw invalid("the cursor is not one this service gave out");
    }
  }

  private static InvalidRequestException invalid(String why) {
    return new InvalidRequestException("invalid_cursor", why + "; start again without a cursor");
  }
}
