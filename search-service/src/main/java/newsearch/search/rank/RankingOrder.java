package newsearch.search.rank;

import com.google.gson.JsonArray;
import java.util.Comparator;
import newsearch.schema.NewsSchema;
import newsearch.search.SortOrder;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * One order of the ranking, per {@link SortOrder}: the Lucene {@link Sort} it ranks by, its
 * tie-break by id, and the sort values a cursor carries for it. Browsing (no query words) is always
 * by date, since relevance means nothing without words; {@link #of} applies that rule, and nothing
 * else does. Immutable.
 */
public enum RankingOrder {
  /** Best match first; ties broken by id. Hits carry {@code [Float score, BytesRef id]}. */
  RELEVANCE(SortOrder.RELEVANCE) {
    @Override
    public Sort sort(NewsSchema schema) {
      return new Sort(SortField.FIELD_SCORE, schema.byId());
    }

    @Override
    Object[] fields(JsonArray values) {
      return new Object[] {values.get(1).getAsFloat(), new BytesRef(values.get(2).getAsString())};
    }
  },

  /**
   * Newest first; ties broken by score, then id. Hits carry {@code [Long date, Float score,
   * BytesRef id]}.
   */
  DATE(SortOrder.DATE) {
    @Override
    public Sort sort(NewsSchema schema) {
      return new Sort(schema.newestFirst(), SortField.FIELD_SCORE, schema.byId());
    }

    @Override
    Object[] fields(JsonArray values) {
      return new Object[] {
        values.get(1).getAsLong(),
        values.get(2).getAsFloat(),
        new BytesRef(values.get(3).getAsString())
      };
    }
  },

  /**
   * Oldest first; ties broken by score, then id; undated articles last. Hits carry {@code [Long
   * date, Float score, BytesRef id]}.
   */
  OLDEST(SortOrder.OLDEST) {
    @Override
    public Sort sort(NewsSchema schema) {
      return new Sort(schema.oldestFirst(), SortField.FIELD_SCORE, schema.byId());
    }

    @Override
    Object[] fields(JsonArray values) {
      return DATE.fields(values);
    }
  };

  /**
   * Score descending, then id ascending, read from the sort values ({@code [Float score, BytesRef
   * id]}, as a decoded cursor has them too): the relevance order, for hits re-scored in memory.
   */
  static final Comparator<FieldDoc> BY_SCORE_THEN_ID =
      Comparator.<FieldDoc>comparingDouble(hit -> -(Float) hit.fields[0])
          .thenComparing(RankingOrder::id);

  private final SortOrder sortOrder;

  RankingOrder(SortOrder sortOrder) {
    this.sortOrder = sortOrder;
  }

  /**
   * The order a search uses: {@code requested}, except that browsing is always by date, newest
   * first unless the oldest were asked for.
   */
  public static RankingOrder of(SortOrder requested, boolean browsing) {
    return switch (requested) {
      case OLDEST -> OLDEST;
      case DATE -> DATE;
      case RELEVANCE -> browsing ? DATE : RELEVANCE;
    };
  }

  /** The Lucene sort of this order, over the fields of {@code schema}. */
  public abstract Sort sort(NewsSchema schema);

  /** The sort order requests name this by. */
  public SortOrder sortOrder() {
    return sortOrder;
  }

  /** The name used in requests and responses, such as {@code date}. */
  public String label() {
    return sortOrder.label();
  }

  /**
   * The cursor that continues after {@code position}.
   *
   * @see SearchCursor
   */
  public String encode(SearchCursor.Position position) {
    return SearchCursor.encode(label(), position.after().fields, position.rescored());
  }

  /**
   * The position a cursor of this order stands for.
   *
   * @throws newsearch.search.InvalidRequestException when the cursor does not decode, or belongs to
   *     another order
   */
  public SearchCursor.Position decode(String cursor) {
    return SearchCursor.decode(cursor, this);
  }

  /** The sort values of a cursor of this order, read from its JSON array after the label. */
  abstract Object[] fields(JsonArray values);

  /** A relevance hit: {@code doc} with {@code score}, and {@code id} to break ties. */
  static FieldDoc relevanceHit(int doc, float score, BytesRef id) {
    return new FieldDoc(doc, score, new Object[] {score, id});
  }

  /** The id that breaks ties: the last sort value of a hit in any order. */
  static BytesRef id(FieldDoc hit) {
    return (BytesRef) hit.fields[hit.fields.length - 1];
  }
}
