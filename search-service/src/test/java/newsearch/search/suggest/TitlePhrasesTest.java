package newsearch.search.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
    for (String title : titles) {
      phrases.count(title, "");
    }
    return phrases.entries();
  }

  private static Entry title(String text, long titles) {
    return new Entry(text, titles, false);
  }

  private static Entry typed(String text, long titles) {
    return new Entry(text, titles, true);
  }

  @Test
  void offersTheTitlesAndTheWordsAndPhrasesTwoTitlesShare() {
    assertEquals(
        List.of(
            title("Japan and Russia resume peace treaty talks", 1),
            title("Peace treaty talks stall over islands", 1),
            typed("peace", 2),
            typed("peace treaty", 2),
            typed("peace treaty talks", 2),
            typed("talks", 2),
            typed("treaty", 2),
            typed("treaty talks", 2)),
        entries(
            "Japan and Russia resume peace treaty talks", "Peace treaty talks stall over islands"));
  }

  @Test
  void wordsAndPhrasesNeitherStartNorEndWithAStopWord() {
    assertEquals(
        List.of(
            title("Talks in Moscow end", 1),
            title("Talks in Moscow resume", 1),
            typed("moscow", 2),
            typed("talks", 2),
            typed("talks in moscow", 2)),
        entries("Talks in Moscow end", "Talks in Moscow resume"));
  }

  @Test
  void phrasesDoNotSpanHeadlinePunctuationButKeepAbbreviations() {
    assertEquals(
        List.of(
            title("Kessling trams return", 1),
            title("Kessling: trams stop", 1),
            title("U.S. trade deficit widens", 1),
            title("U.S. trade talks.", 1),
            typed("kessling", 2),
            typed("trade", 2),
            typed("trams", 2),
            typed("u.s.", 2),
            typed("u.s. trade", 2)),
        entries(
            "Kessling trams return",
            "Kessling: trams stop",
            "U.S. trade talks.",
            "U.S. trade deficit widens"));
  }

  @Test
  void aPhraseThatIsAlsoATitleIsListedOnceAsThePhraseWithTheLargerCount() {
    assertEquals(
        List.of(
            title("Peace talks fail", 1),
            title("Peace talks resume", 1),
            typed("peace", 3),
            typed("peace talks", 3),
            typed("talks", 3)),
        entries("Peace talks", "Peace talks resume", "Peace  talks   fail"));
  }

  @Test
  void headlineFragmentsAroundACommonWordAreNoPhrase() {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      titles.add("Firm " + i + " says profit rose");
    }
    titles.add("Saudi minister says OPEC will hold");
    titles.add("Kuwait daily says OPEC quota is fair");
    titles.add("Cairo daily says OPEC must act");
    titles.add("Premier League sets date");
    titles.add("Premier League clubs meet");
    List<String> typed =
        entries(titles.toArray(String[]::new)).stream()
            .filter(Entry::typed)
            .map(Entry::text)
            .toList();
    assertEquals(true, typed.contains("opec"), typed.toString());
    assertEquals(true, typed.contains("premier league"), typed.toString());
    assertEquals(false, typed.contains("says opec"), typed.toString());
    assertEquals(false, typed.contains("daily says opec"), typed.toString());
  }

  @Test
  void candidatesComeFromTitlesAndAreCountedOverTitlesAndBodies() {
    TitlePhrases phrases = new TitlePhrases(new NewsSchema(), 2);
    String[][] articles = {
      {"Premier League planning Cole date", "The Premier League met."},
      {"Solskjaer raises hopes", "He has been at the Premier League club for ten years."},
      {"Poll explains decision", "All Premier League clubs were told."},
      {"Premium bonds rise", "Savers bought premium bonds."}
    };
    for (String[] article : articles) {
      phrases.add(article[0]);
    }
    for (String[] article : articles) {
      phrases.count(article[0], article[1]);
    }
    assertEquals(
        List.of(typed("league", 3), typed("premier", 3), typed("premier league", 3)),
        phrases.entries().stream().filter(Entry::typed).toList());
  }
}
