package newsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import newsearch.search.suggest.Suggestion;
import org.junit.jupiter.api.Test;

class SolrTitleCompletionsTest {

  @Test
  void everyTypedWordIsAWordOfTheTitleAndTheLastMayBeItsStart() {
    List<Suggestion> best =
        new SolrTitleCompletions("treaty ta")
            .best(
                List.of(
                    "Peace treaty talks stall",
                    "Treaty signed at last",
                    "Treaties take time",
                    "Peace treaty talks stall"),
                8);
    assertEquals(
        List.of(
            new Suggestion(
                "Peace treaty talks stall", "Peace <mark>treaty</mark> <mark>ta</mark>lks stall")),
        best);
  }

  @Test
  void aSpaceAfterTheLastWordMakesItWholeAndShorterTitlesComeFirst() {
    List<Suggestion> best =
        new SolrTitleCompletions("rates ")
            .best(List.of("ECB raises rates again", "Rates rise", "Ratesetters meet"), 8);
    assertEquals(
        List.of(
            new Suggestion("Rates rise", "<mark>Rates</mark> rise"),
            new Suggestion("ECB raises rates again", "ECB raises <mark>rates</mark> again")),
        best);
  }

  @Test
  void titlesAreEscapedAndAccentsFoldedAsTheLocalSuggesterFoldsThem() {
    List<Suggestion> best =
        new SolrTitleCompletions("seca em").best(List.of("Sêca & \"embalses\" <sur>"), 8);
    assertEquals(
        List.of(
            new Suggestion(
                "Sêca & \"embalses\" <sur>",
                "<mark>Sêca</mark> &amp; &quot;<mark>em</mark>balses&quot; &lt;sur&gt;")),
        best);
  }

  @Test
  void textWithoutWordsAsksSolrNothing() {
    assertNull(new SolrTitleCompletions("?! ").request());
  }
}
