package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newsearch.schema.SectionPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Requests past a configured limit are refused before any work, naming the limit and the value. */
class RequestLimitsTest {

  @TempDir static Path dir;
  private static NewsSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    searcher =
        TestIndex.open(
            dir,
            List.of(
                TestIndex.article(
                    "a", "Harbour reopens", "The harbour reopened.", "2021-01-01", "News")),
            SearchConfig.DEFAULTS);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static InvalidRequestException refused(Executable call) {
    return assertThrows(InvalidRequestException.class, call);
  }

  private static SearchRequest query(String q) {
    return SearchRequest.of(q, 10);
  }

  @Test
  void aQueryOfTheMaximumLengthIsSearched() throws IOException {
    String longest = "harbour " + "x".repeat(992);
    assertEquals(1_000, longest.length());
    assertEquals(1, searcher.search(query(longest)).total());
  }

  @Test
  void aLongerQueryIsRefusedWithItsLength() {
    InvalidRequestException e = refused(() -> searcher.search(query("é".repeat(1_001))));
    assertEquals("query_too_long", e.code());
    assertEquals("q must be at most 1000 characters long, got 1001", e.getMessage());
  }

  @Test
  void aQueryOfMoreThan64WordsAndPhrasesIsRefusedWithItsCount() throws IOException {
    List<String> words = new ArrayList<>(Collections.nCopies(60, "harbour"));
    assertEquals(1, searcher.search(query(String.join(" ", words) + " a b c \"d e\"")).total());
    words.add("-storm");
    words.addAll(List.of("x", "y", "z", "w"));
    InvalidRequestException e = refused(() -> searcher.search(query(String.join(" ", words))));
    assertEquals("too_many_terms", e.code());
    assertEquals("q may hold at most 64 words and phrases, got 65", e.getMessage());
  }

  @Test
  void underLooserLimitsAQueryPastLuceneClauseLimitIsRefusedNotAnError() throws IOException {
    SearchConfig loose =
        SearchConfig.builder().limits(l -> l.maxQueryTerms(500).maxQueryChars(5000)).build();
    try (NewsSearcher wide =
        TestIndex.open(
            dir.resolve("loose"),
            List.of(TestIndex.article("b", "Harbour", "The harbour.")),
            loose)) {
      StringBuilder words = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        words.append("w").append(i).append(' ');
      }
      // 400 words are 1,200 field clauses and 798 proximity clauses.
      InvalidRequestException e = refused(() -> wide.search(query(words.toString())));
      assertEquals("query_too_complex", e.code());
      assertEquals(
          "q expands to more than 1024 terms across the fields searched; use fewer or shorter"
              + " words",
          e.getMessage());
    }
  }

  @Test
  void moreThan20SectionsAreRefusedWithTheirCount() throws IOException {
    List<SectionPath> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(SectionPath.parse("News > S" + i));
    }
    SearchRequest atLimit =
        new SearchRequest("", twenty, null, null, SortOrder.RELEVANCE, 1, 10, null, true);
    assertEquals(0, searcher.search(atLimit).total());
    List<SectionPath> more = new ArrayList<>(twenty);
    more.add(SectionPath.parse("News"));
    InvalidRequestException e =
        refused(
            () ->
                searcher.search(
                    new SearchRequest(
                        "", more, null, null, SortOrder.RELEVANCE, 1, 10, null, true)));
    assertEquals("too_many_sections", e.code());
    assertEquals("section may be given at most 20 times, got 21", e.getMessage());
  }

  @Test
  void suggestRefusesTextLongerThanAQuery() {
    InvalidRequestException e = refused(() -> searcher.suggest("h".repeat(1_001), 5));
    assertEquals("query_too_long", e.code());
  }
}
