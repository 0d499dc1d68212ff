package newsearch.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import newsearch.bench.corpus.BenchQuery;
import newsearch.bench.corpus.QueryKind;
import org.junit.jupiter.api.Test;

class RawLuceneSearchTest {

  private final RawLuceneSearch raw = new RawLuceneSearch();

  @Test
  void wordsAreDismaxesOverTheTextFields() {
    assertEquals(
        "(title:treaty | summary:treaty | body:treaty)~0.5"
            + " (title:peace | summary:peace | body:peace)~0.5",
        raw.build(new BenchQuery("q1", QueryKind.WORDS, "", "treaty peace")).toString());
  }

  @Test
  void phrasesExclusionsOrAndSections() {
    BenchQuery query =
        new BenchQuery("q1", QueryKind.SECTION, "News > World", "\"peace talks\" OR army -navy");
    assertEquals(
        "(title:\"peace talks\" | summary:\"peace talks\" | body:\"peace talks\")~0.5"
            + " (title:army | summary:army | body:army)~0.5"
            + " -(title:navy | summary:navy | body:navy)~0.5"
            + " #$facets:section\u001fNews\u001fWorld",
        raw.build(query).toString());
  }
}
