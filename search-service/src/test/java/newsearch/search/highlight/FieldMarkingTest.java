package newsearch.search.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class FieldMarkingTest {

  private static Query word(String text) {
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(new TermQuery(new Term("title", text)), 2f),
            new TermQuery(new Term("body", text)),
            new TermQuery(new Term("neutral", text))),
        0.5f);
  }

  private static Set<Query> units(Query marking) {
    Set<Query> units = new HashSet<>();
    for (BooleanClause clause : ((BooleanQuery) marking).clauses()) {
      assertEquals(Occur.SHOULD, clause.occur());
      units.add(clause.query());
    }
    return units;
  }

  @Test
  void keepsTheWordsAndPhrasesOfTheFieldAsAlternativesLeavingOutExcludedWords() {
    Query query =
        new BooleanQuery.Builder()
            .add(word("oil"), Occur.MUST)
            .add(word("price"), Occur.MUST)
            .add(new PhraseQuery("body", "barge", "price"), Occur.SHOULD)
            .add(word("tanker"), Occur.MUST_NOT)
            .build();
    assertEquals(
        Set.of(new TermQuery(new Term("title", "oil")), new TermQuery(new Term("title", "price"))),
        units(FieldMarking.of(query, "title")));
    assertEquals(
        Set.of(
            new TermQuery(new Term("body", "oil")),
            new TermQuery(new Term("body", "price")),
            new PhraseQuery("body", "barge", "price")),
        units(FieldMarking.of(query, "body")));
  }

  @Test
  void aQueryWithNoWordsInTheFieldMarksAsItself() {
    Query browse = new MatchAllDocsQuery();
    assertSame(browse, FieldMarking.of(browse, "body"));
  }
}
