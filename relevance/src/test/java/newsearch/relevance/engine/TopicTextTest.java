package newsearch.relevance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopicTextTest {

  @Test
  void operatorWordsQuotesAndDashesBecomePlainWords() {
    assertEquals(
        "systems and methods or not title journals",
        TopicText.plain("\"systems\" AND methods OR NOT title: -journals"));
  }

  @Test
  void keepsHyphenatedWordsAndOrdinaryPunctuation() {
    assertEquals("real-time retrieval, 1960s.", TopicText.plain("real-time retrieval, 1960s."));
  }
}
