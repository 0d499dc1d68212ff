package newsearch.search.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms of which an article must hold at least one to match a query: the key under which a
 * saved search is filed, so that a new article is checked against only the searches that share a
 * term with it.
 *
 * <p>Read from the query's structure with Lucene's {@link QueryVisitor}: a disjunction needs one of
 * the terms of any of its clauses; a conjunction (required words, a phrase, a section filter) needs
 * those of each clause, so one clause's terms suffice, and the fewest and longest are taken, since
 * long words are rare. Excluded words add nothing. A part whose terms cannot be told (a date range,
 * match-all) makes every article a candidate, unless another required part has terms. The key only
 * narrows the candidates: every candidate is then run as the query itself.
 */
final class QueryTerms {

  private QueryTerms() {}

  /**
   * The terms of which a match must hold one; null when any article may match; empty when none can.
   */
  static Set<Term> anyOf(Query query) {
    Node root = new Node(true);
    query.visit(root);
    return root.terms();
  }

  /** One part of the query: a conjunction or a disjunction of the parts under it. */
  private static final class Node extends QueryVisitor {
    private final boolean all;
    private final List<Supplier<Set<Term>>> parts = new ArrayList<>();

    Node(boolean all) {
      this.all = all;
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      if (occur == Occur.MUST_NOT) {
        return QueryVisitor.EMPTY_VISITOR;
      }
      if (occur == Occur.FILTER && all) {
        return this;
      }
      if (occur == Occur.SHOULD && all && optional(parent)) {
        return QueryVisitor.EMPTY_VISITOR;
      }
      Node child = new Node(occur != Occur.SHOULD);
      parts.add(child::terms);
      return child;
    }

    /** Whether the optional clauses of {@code parent} may all miss in a match. */
    private static boolean optional(Query parent) {
      if (!(parent instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) {
        return false;
      }
      return bq.clauses().stream()
          .anyMatch(c -> c.occur() == Occur.MUST || c.occur() == Occur.FILTER);
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (terms.length == 0) {
        visitLeaf(query);
        return;
      }
      Set<Term> found = all ? Set.of(longest(terms)) : Set.of(terms);
      parts.add(() -> found);
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      parts.add(() -> null);
    }

    @Override
    public void visitLeaf(Query query) {
      Set<Term> none = Set.of();
      parts.add(query instanceof MatchNoDocsQuery ? () -> none : () -> null);
    }

    Set<Term> terms() {
      List<Set<Term>> sets = new ArrayList<>();
      for (Supplier<Set<Term>> part : parts) {
        sets.add(part.get());
      }
      return all ? conjunction(sets) : disjunction(sets);
    }

    private static Set<Term> conjunction(List<Set<Term>> sets) {
      Set<Term> best = null;
      for (Set<Term> set : sets) {
        if (set != null && set.isEmpty()) {
          return set;
        }
        if (set != null && (best == null || better(set, best))) {
          best = set;
        }
      }
      return best;
    }

    private static Set<Term> disjunction(List<Set<Term>> sets) {
      Set<Term> union = new HashSet<>();
      for (Set<Term> set : sets) {
        if (set == null) {
          return null;
        }
        union.addAll(set);
      }
      return union;
    }

    /** Fewer terms first, then the longer shortest term: fewer candidates either way. */
    private static boolean better(Set<Term> a, Set<Term> b) {
      if (a.size() != b.size()) {
        return a.size() < b.size();
      }
      return shortest(a) > shortest(b);
    }

    private static int shortest(Set<Term> set) {
      return set.stream().mapToInt(t -> t.bytes().length).min().orElse(0);
    }

    private static Term longest(Term[] terms) {
      return List.of(terms).stream()
          .max(Comparator.comparingInt((Term t) -> t.bytes().length).thenComparing(t -> t))
          .orElseThrow();
    }
  }
}
