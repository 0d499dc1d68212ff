package newsearch.search.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsearch.schema.NewsSchema;
import newsearch.search.suggest.TitlePhrases.Entry;
import org.junit.jupiter.api.Test;

class TitlePhrasesTest {

  private static List<Entry> entries(String... titles) {
    TitlePhrases phrases = new TitlePhrases(new NewsSchema(), 2);
    for (String title : titles) {
      phrases.add(title);
    }
    return phrases.entries();
  }

  @Test
  void offersTheTitlesAndThePhrasesTwoTitlesShare() {
    assertEquals(
        List.of(
            new Entry("Japan and Russia resume peace treaty talks", 1),
            new Entry("Peace treaty talks stall over islands", 1),
            new Entry("peace treaty", 2),
            new Entry("peace treaty talks", 2),
            new Entry("treaty talks", 2)),
        entries(
            "Japan and Russia resume peace treaty talks", "Peace treaty talks stall over islands"));
  }

  @Test
  void phrasesNeitherStartNorEndWithAStopWord() {
    assertEquals(
        List.of(
            new Entry("Talks in Moscow end", 1),
            new Entry("Talks in Moscow resume", 1),
            new Entry("talks in moscow", 2)),
        entries("Talks in Moscow end", "Talks in Moscow resume"));
  }

  @Test
  void phrasesDoNotSpanHeadlinePunctuationButKeepAbbreviations() {
    assertEquals(
        List.of(
            new Entry("Kessling trams return", 1),
            new Entry("Kessling: trams stop", 1),
            new Entry("U.S. trade deficit widens", 1),
            new Entry("U.S. trade talks.", 1),
            new Entry("u.s. trade", 2)),
        entries(
            "Kessling trams return",
            "Kessling: trams stop",
            "U.S. trade talks.",
            "U.S. trade deficit widens"));
  }

  @Test
  void aPhraseThatIsAlsoATitleIsListedOnceAsTheTitleWithTheLargerCount() {
    assertEquals(
        List.of(
            new Entry("Peace talks", 3),
            new Entry("Peace talks fail", 1),
            new Entry("Peace talks resume", 1)),
        entries("Peace talks", "Peace talks resume", "Peace  talks   fail"));
  }
}
