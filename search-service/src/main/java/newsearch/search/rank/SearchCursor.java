package newsearch.search.rank;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newsearch.search.InvalidRequestException;
import newsearch.search.SortOrder;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque cursors for deep paging with search-after: the sort values of the last hit of a page, with
 * the sort order they belong to, encoded as URL-safe base64 of a small JSON array. A relevance
 * cursor also says whether that hit was among the top hits re-ranked by proximity ({@link
 * ProximityRescorer}), whose scores are not those of the plain ranking. A cursor that does not
 * decode, or belongs to another sort order, is an {@link InvalidRequestException}.
 */
public final class SearchCursor {

  /** Marks a cursor within the re-ranked top of a relevance ranking. */
  private static final String RESCORED = "rescored";

  private SearchCursor() {}

  /**
   * Where a page ended: the sort values of its last hit, and whether that hit was among the
   * re-ranked top hits.
   */
  public record Position(FieldDoc after, boolean rescored) {}

  /**
   * The cursor that continues after {@code last} under {@code order}; {@code rescored} says that
   * {@code last} was among the re-ranked top hits.
   */
  public static String encode(FieldDoc last, SortOrder order, boolean rescored) {
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
    if (rescored) {
      values.add(RESCORED);
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(values.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor stands for, to search after. */
  public static Position decode(String cursor, SortOrder order) {
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
      boolean rescored =
          values.size() == fields.length + 2
              && RESCORED.equals(values.get(fields.length + 1).getAsString());
      return new Position(new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields), rescored);
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
