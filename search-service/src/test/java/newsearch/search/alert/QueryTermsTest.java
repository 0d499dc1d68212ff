package newsearch.search.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The key terms a saved search is filed under: one of them must be in any article it matches. */
class QueryTermsTest {

  private static TermQuery term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  /** The word over the text fields, as the query factory builds one. */
  private static Query word(String text) {
    return new DisjunctionMaxQuery(
        List.of(new BoostQuery(term("title", text), 2f), term("summary", text), term("body", text)),
        0.1f);
  }

  private static String keys(Query query) {
    Set<Term> terms = QueryTerms.anyOf(query);
    if (terms == null) {
      return "any";
    }
    TreeSet<String> sorted = new TreeSet<>();
    terms.forEach(t -> sorted.add(t.field() + ":" + t.text()));
    return sorted.toString();
  }

  @Test
  void aWordIsKeyedByItsTermInEveryTextField() {
    assertEquals("[body:harbour, summary:harbour, title:harbour]", keys(word("harbour")));
  }

  @Test
  void requiredWordsAreKeyedByOneOfThemTheLongest() {
    Query both =
        new BooleanQuery.Builder()
            .add(word("bay"), Occur.MUST)
            .add(word("harbour"), Occur.MUST)
            .build();
    assertEquals("[body:harbour, summary:harbour, title:harbour]", keys(both));
  }

  @Test
  void alternativeWordsNeedAnyOfThem() {
    Query either =
        new BooleanQuery.Builder()
            .add(word("bay"), Occur.SHOULD)
            .add(word("port"), Occur.SHOULD)
            .build();
    assertEquals(
        "[body:bay, body:port, summary:bay, summary:port, title:bay, title:port]", keys(either));
  }

  @Test
  void optionalWordsBesideRequiredOnesAndExcludedWordsAddNothing() {
    Query query =
        new BooleanQuery.Builder()
            .add(term("body", "harbour"), Occur.MUST)
            .add(term("body", "maybe"), Occur.SHOULD)
            .add(term("body", "strike"), Occur.MUST_NOT)
            .build();
    assertEquals("[body:harbour]", keys(query));
  }

  @Test
  void aPhraseIsKeyedByItsLongestWord() {
    assertEquals("[body:harbour]", keys(new PhraseQuery("body", "the", "harbour", "bay")));
  }

  @Test
  void aDateRangeAloneMatchesAnyArticleButBesideAWordTheWordKeysIt() {
    Query range = LongPoint.newRangeQuery("date", 1, 2);
    assertNull(QueryTerms.anyOf(range));
    assertNull(QueryTerms.anyOf(new MatchAllDocsQuery()));
    Query filtered =
        new BooleanQuery.Builder()
            .add(term("body", "harbour"), Occur.MUST)
            .add(range, Occur.FILTER)
            .build();
    assertEquals("[body:harbour]", keys(filtered));
  }

  @Test
  void aSectionFilterKeysABrowsingSearch() {
    Query browse =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(term("$facets", "section\u001fPorts"), Occur.FILTER)
            .build();
    assertEquals("[$facets:section\u001fPorts]", keys(browse));
  }

  @Test
  void aQueryThatMatchesNothingHasNoKeyAtAll() {
    assertEquals("[]", keys(new MatchNoDocsQuery()));
  }
}
