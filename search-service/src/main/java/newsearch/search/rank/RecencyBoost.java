package newsearch.search.rank;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A score multiplier that favours fresh articles: {@code 1 + weight × 2^(-age / halfLife)}, with
 * age in days from {@code today}. An article published today scores up to {@code 1 + weight} times
 * its text score, one a half-life old {@code 1 + weight / 2}; undated articles keep their text
 * score. Immutable.
 */
public final class RecencyBoost extends DoubleValuesSource {

  private final String field;
  private final long today;
  private final double weight;
  private final double halfLifeDays;

  public RecencyBoost(String field, LocalDate today, double weight, double halfLifeDays) {
    this.field = field;
    this.today = today.toEpochDay();
    this.weight = weight;
    this.halfLifeDays = halfLifeDays;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    SortedNumericDocValues dates = DocValues.getSortedNumeric(ctx.reader(), field);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = 1;
        if (dates.advanceExact(doc)) {
          long age = Math.max(0, today - dates.nextValue());
          value = 1 + weight * Math.pow(2, -age / halfLifeDays);
        }
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecencyBoost r
        && r.field.equals(field)
        && r.today == today
        && r.weight == weight
        && r.halfLifeDays == halfLifeDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, today, weight, halfLifeDays);
  }

  @Override
  public String toString() {
    return "recency(" + field + ", halfLife=" + halfLifeDays + "d, weight=" + weight + ")";
  }
}
