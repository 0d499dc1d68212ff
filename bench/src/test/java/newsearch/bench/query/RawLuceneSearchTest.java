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
        "((title:treaty)^2.0 | (summary:treaty)^1.5 | body:treaty)~0.1"
            + " ((title:peace)^2.0 | (summary:peace)^1.5 | body:peace)~0.1",
        raw.build(new BenchQuery("q1", QueryKind.WORDS, "", "treaty peace")).toString());
  }

  @Test
  void phrasesExclusionsOrAndSections() {
    BenchQuery query =
        new BenchQuery("q1", QueryKind.SECTION, "News > World", "\"peace talks\" OR army -navy");
    assertEquals(
        "((title:\"peace talks\")^2.0 | (summary:\"peace talks\")^1.5 | body:\"peace talks\")~0.1"
            + " ((title:army)^2.0 | (summary:army)^1.5 | body:army)~0.1"
            + " -((title:navy)^2.0 | (summary:navy)^1.5 | body:navy)~0.1"
            + " #$facets:section\u001fNews\u001fWorld",
        raw.build(query).toString());
  }
}
