package newsearch.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsearch.search.SearchRequest;
import org.junit.jupiter.api.Test;

class TypedRequestTest {

  @Test
  void aQueryBeingTypedHasItsLastWordCutToThreeLetters() {
    SearchRequest whole = SearchRequest.of("oil prices", 10);
    assertEquals("oil prices", NewsSearcherBenchmark.typed(whole, "whole").query());
    SearchRequest cut = NewsSearcherBenchmark.typed(whole, "cut");
    assertEquals("oil pri", cut.query());
    assertFalse(cut.partial());
    SearchRequest prefix = NewsSearcherBenchmark.typed(whole, "prefix");
    assertEquals("oil pri", prefix.query());
    assertTrue(prefix.partial());
  }

  @Test
  void operatorsAndShortWordsStayWhole() {
    assertEquals(
        "chousaikor -pubum",
        NewsSearcherBenchmark.typed(SearchRequest.of("chousaikor -pubum", 10), "cut").query());
    assertEquals(
        "win oil", NewsSearcherBenchmark.typed(SearchRequest.of("win oil", 10), "prefix").query());
  }

  @Test
  void anUnknownTypingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> NewsSearcherBenchmark.typed(SearchRequest.of("oil", 10), "half"));
  }
}
