package newsearch.search.rank;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newsearch.search.InvalidRequestException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The envelope of opaque cursors for deep paging with search-after: the sort values of the last hit
 * of a page, with the label of the {@link RankingOrder} they belong to, encoded as URL-safe base64
 * of a small JSON array. Which values an order carries is the order's to say ({@link
 * RankingOrder#decode}). A relevance cursor also says whether that hit was among the top hits
 * re-ranked by proximity ({@link ProximityRescorer}), whose scores are not those of the plain
 * ranking. A cursor that does not decode, or belongs to another order, is an {@link
 * InvalidRequestException}.
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
   * The cursor that continues after a hit with sort values {@code fields} under the order labelled
   * {@code label}; {@code rescored} says that the hit was among the re-ranked top hits.
   */
  static String encode(String label, Object[] fields, boolean rescored) {
    JsonArray values = new JsonArray();
    values.add(label);
    for (Object field : fields) {
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

  /** The position a cursor of {@code order} stands for, to search after. */
  static Position decode(String cursor, RankingOrder order) {
    try {
      JsonArray values =
          JsonParser.parseString(
                  new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
              .getAsJsonArray();
      if (!order.label().equals(values.get(0).getAsString())) {
        throw invalid("the cursor belongs to sort=" + values.get(0).getAsString());
      }
      Object[] fields = order.fields(values);
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
