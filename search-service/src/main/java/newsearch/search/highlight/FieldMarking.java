package newsearch.search.highlight;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import newsearch.search.query.PrefixExpansion;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What to mark in one field: every word, phrase and prefix of a query that searches that field and
 * is not excluded, as alternatives. The highlighter finds the matches of its query in each document
 * it marks; given the whole query, it would find them in every field the query searches (title,
 * lede, body, the unstemmed field) and in every clause, to keep only those of the field it marks.
 * Given the field's own units it looks up only those, which makes the marks of a page several times
 * cheaper. A unit is marked wherever the field holds it, whether or not the document matched the
 * rest of the query: a hit always did, or came from a ranking by meaning that matched no word.
 */
final class FieldMarking {

  private FieldMarking() {}

  /**
   * The units of {@code query} in {@code field}; {@code query} itself when it has none there, such
   * as the browse view's match of everything, which marks nothing and shows each field's start.
   */
  static Query of(Query query, String field) {
    Set<Query> units = new LinkedHashSet<>();
    query.visit(new Units(field, units));
    if (units.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    units.forEach(unit -> any.add(unit, Occur.SHOULD));
    return any.build();
  }

  /** Collects the leaf queries of one field, leaving out excluded clauses. */
  private static final class Units extends QueryVisitor {
    private final String field;
    private final Set<Query> units;

    Units(String field, Set<Query> units) {
      this.field = field;
      this.units = units;
    }

    @Override
    public boolean acceptField(String name) {
      return field.equals(name);
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      if (occur == Occur.MUST_NOT) {
        return EMPTY_VISITOR;
      }
      // A prefix is marked as the service expands it, not as every term it could match.
      if (parent instanceof PrefixExpansion) {
        units.add(parent);
        return EMPTY_VISITOR;
      }
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      units.add(query);
    }

    @Override
    public void consumeTermsMatching(
        Query query, String name, Supplier<ByteRunAutomaton> automaton) {
      units.add(query);
    }
  }
}
