package newsearch.relevance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsearch.relevance.retrieval.RankedRetrieval;
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

  @Test
  void aSystemReadsProseTopicsAsPlainWordsAndSyntaxTopicsAsTheyAre() throws IOException {
    List<String> asked = new ArrayList<>();
    RankedRetrieval system =
        (qid, query, depth) -> {
          asked.add(query);
          return List.of();
        };
    String topic = "\"peace\" AND -treaty";
    TopicText.reading(system, false).search("q1", topic, 5);
    TopicText.reading(system, true).search("q1", topic, 5);
    assertEquals(List.of("peace and treaty", topic), asked);
  }
}
