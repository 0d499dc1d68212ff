package newsearch.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunTest {

  @Test
  void ordersByScoreDescendingThenDocIdDescending() {
    Run run =
        new Run(
            "t",
            Map.of(
                "q",
                List.of(
                    new ScoredDoc("a", 1.0),
                    new ScoredDoc("c", 2.0),
                    new ScoredDoc("b", 1.0),
                    new ScoredDoc("z", 0.5))));

    assertEquals(List.of("c", "b", "a", "z"), ids(run.ranking("q")));
  }

  @Test
  void comparesDocIdsAsStringsNotNumbers() {
    Run run = new Run("t", Map.of("q", List.of(new ScoredDoc("9", 1.0), new ScoredDoc("10", 1.0))));

    // strcmp("9", "10") > 0, so descending puts "9" first.
    assertEquals(List.of("9", "10"), ids(run.ranking("q")));
  }

  @Test
  void comparesDocIdsAsUtf8BytesNotUtf16Units() {
    String supplementary = "\uD83D\uDE00"; // U+1F600, 4 UTF-8 bytes starting 0xF0
    String privateUse = "\uE000"; // U+E000, 3 UTF-8 bytes starting 0xEE
    assertTrue(supplementary.compareTo(privateUse) < 0, "UTF-16 order puts the emoji first");

    Run run =
        new Run(
            "t",
            Map.of(
                "q", List.of(new ScoredDoc(privateUse, 1.0), new ScoredDoc(supplementary, 1.0))));

    assertEquals(List.of(supplementary, privateUse), ids(run.ranking("q")));
  }

  @Test
  void treatsNegativeZeroAsEqualToZeroAsCDoes() {
    Run run = new Run("t", Map.of("q", List.of(new ScoredDoc("a", 0.0), new ScoredDoc("b", -0.0))));

    assertEquals(List.of("b", "a"), ids(run.ranking("q")));
  }

  @Test
  void rejectsADocumentListedTwiceForAQuery() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Run("t", Map.of("q", List.of(new ScoredDoc("a", 2), new ScoredDoc("a", 1)))));
    assertEquals("query q lists document a twice", e.getMessage());
  }

  @Test
  void rejectsIdsWithWhitespaceAndNonFiniteScores() {
    assertThrows(IllegalArgumentException.class, () -> new ScoredDoc("a b", 1));
    assertThrows(IllegalArgumentException.class, () -> new ScoredDoc("a", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new Run("my run", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new Topic("q 1", "text"));
  }

  @Test
  void unknownQueryHasAnEmptyRanking() {
    assertEquals(List.of(), new Run("t", Map.of()).ranking("q"));
  }

  private static List<String> ids(List<ScoredDoc> docs) {
    return docs.stream().map(ScoredDoc::docId).toList();
  }
}
