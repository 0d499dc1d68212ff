package newsearch.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * One word (or phrase) over several fields, scored as a dismax with a tie-breaker: the best field's
 * score plus {@code tieBreaker} times the others'. It matches what {@link DisjunctionMaxQuery}
 * matches and scores what it scores, but can skip what cannot reach the top.
 *
 * <p>Lucene's dismax scorer with a tie-breaker between 0 and 1 cannot pass a minimum competitive
 * score on to its fields, so a search for a common word scores every article holding it (at a
 * million articles, 100 ms for {@code government}). The same score, {@code max + t × (sum - max)},
 * is {@code (1 - t) × max + t × sum}: a plain disjunction of a tie-free dismax, which passes the
 * minimum on, and of the fields themselves, for which Lucene's MaxScore skips the articles whose
 * words cannot beat the tenth hit. That form reads each field twice, which is waste when nothing is
 * scored, so it is taken only when scores are needed; counting matches takes a plain disjunction of
 * the fields. Every scoring search takes the same form, so an article's score is the same in every
 * pass that ranks it (the two forms can differ in the last bit of a float).
 */
public final class FieldDisjunction extends Query {

  private final List<Query> fields;
  private final float tieBreaker;

  /**
   * A disjunction of {@code fields} (each with its boost), the best scoring and {@code tieBreaker}
   * of the others' scores added; {@code tieBreaker} is in (0, 1).
   */
  public FieldDisjunction(List<Query> fields, float tieBreaker) {
    if (!(tieBreaker > 0 && tieBreaker < 1)) {
      throw new IllegalArgumentException("tieBreaker must be in (0, 1), got " + tieBreaker);
    }
    if (fields.size() < 2) {
      throw new IllegalArgumentException("a field disjunction needs two fields or more");
    }
    this.fields = List.copyOf(fields);
    this.tieBreaker = tieBreaker;
  }

  /** The per-field queries. */
  public List<Query> fields() {
    return fields;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    List<Query> rewritten = new ArrayList<>(fields.size());
    boolean changed = false;
    for (Query field : fields) {
      Query r = field.rewrite(searcher);
      rewritten.add(r);
      changed |= r != field;
    }
    return changed ? new FieldDisjunction(rewritten, tieBreaker) : this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Query form = scoreMode.needsScores() ? scoring(looked(searcher)) : matching();
    return searcher.createWeight(searcher.rewrite(form), scoreMode, boost);
  }

  /**
   * The fields, each word looked up once in the term dictionary of every segment: the scoring form
   * names each field twice, a word's query looks its word up anew for each weight made of it, and
   * looking words up was four fifths of a search that matches nothing at a million articles.
   */
  private List<Query> looked(IndexSearcher searcher) throws IOException {
    List<Query> looked = new ArrayList<>(fields.size());
    for (Query field : fields) {
      looked.add(looked(searcher, field));
    }
    return looked;
  }

  private static Query looked(IndexSearcher searcher, Query field) throws IOException {
    if (field instanceof BoostQuery boosted) {
      Query inner = looked(searcher, boosted.getQuery());
      return inner == boosted.getQuery() ? field : new BoostQuery(inner, boosted.getBoost());
    }
    if (field instanceof TermQuery word && word.getTermStates() == null) {
      Term term = word.getTerm();
      return new TermQuery(term, TermStates.build(searcher, term, true));
    }
    return field;
  }

  /** {@code (1 - t) × max + t × (each field)}: the dismax score as a prunable disjunction. */
  private Query scoring(List<Query> looked) {
    BooleanQuery.Builder sum = new BooleanQuery.Builder();
    sum.add(new BoostQuery(new DisjunctionMaxQuery(looked, 0f), 1 - tieBreaker), Occur.SHOULD);
    for (Query field : looked) {
      sum.add(new BoostQuery(field, tieBreaker), Occur.SHOULD);
    }
    return sum.build();
  }

  /**
   * The fields as a plain disjunction, which Lucene matches a window of documents at a time in a
   * bit set rather than through the dismax's heap of fields.
   */
  private Query matching() {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.forEach(field -> any.add(field, Occur.SHOULD));
    return any.build();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor each = visitor.getSubVisitor(Occur.SHOULD, this);
    fields.forEach(field -> field.visit(each));
  }

  @Override
  public String toString(String field) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < fields.size(); i++) {
      text.append(i == 0 ? "" : " | ").append(fields.get(i).toString(field));
    }
    return text.append(")~").append(tieBreaker).toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && tieBreaker == ((FieldDisjunction) other).tieBreaker
        && fields.equals(((FieldDisjunction) other).fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), fields, tieBreaker);
  }
}
