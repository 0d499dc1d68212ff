package newsearch.search.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.search.SearchRequest;
import newsearch.search.TestSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignificantTermsTest {

  @RegisterExtension final TestSearcher planted = new TestSearcher(AnalyticsCorpus.plantedTopic());

  private List<SignificantTerm> terms(String query, int size) throws Exception {
    return planted.searcher().analytics().terms(SearchRequest.of(query, 10), size);
  }

  private static List<String> words(List<SignificantTerm> terms) {
    return terms.stream().map(SignificantTerm::term).toList();
  }

  @Test
  void thePlantedTopicsWordsComeFirstWithTheirCounts() throws Exception {
    List<SignificantTerm> terms = terms("airship", 20);

    // Words of every airship article and of no other score highest, alike, and tie by term.
    List<String> top =
        terms.stream()
            .filter(t -> t.score() == terms.get(0).score())
            .map(SignificantTerm::term)
            .toList();
    assertTrue(top.containsAll(List.of("helium", "zeppelin", "crew", "cells")), top.toString());
    SignificantTerm helium =
        terms.stream().filter(t -> t.term().equals("helium")).findFirst().orElseThrow();
    assertEquals(12, helium.foreground());
    assertEquals(12, helium.background());
    // (12/12 - 12/52) * (12/12) / (12/52)
    assertEquals((1 - 12.0 / 52) * 52 / 12, helium.score(), 1e-9);
  }

  @Test
  void twoWordPhrasesOfTheTopicAreFound() throws Exception {
    assertTrue(
        words(terms("airship", 20)).contains("helium cells"),
        words(terms("airship", 20)).toString());
  }

  @Test
  void theQuerysOwnWordsTheirInflectionsFunctionWordsAndNumbersAreLeftOut() throws Exception {
    List<String> words = words(terms("airships", 100));

    assertFalse(words.stream().anyMatch(w -> w.contains("airship")), words.toString());
    assertFalse(words.contains("the"), words.toString());
    // Only the airship articles say "over" and "before", yet they name no topic.
    assertFalse(words.contains("over"), words.toString());
    assertFalse(words.contains("before"), words.toString());
    assertTrue(words.contains("mooring"), words.toString());
    assertFalse(words.stream().anyMatch(w -> w.matches(".*\\d.*")), words.toString());
  }

  @Test
  void wordsAsCommonInTheMatchesAsInTheArchiveAreNotSignificant() throws Exception {
    List<String> words = words(terms("airship", 100));

    // Every article says "officials said" and "city".
    assertFalse(words.contains("officials"), words.toString());
    assertFalse(words.contains("city"), words.toString());
  }
}
