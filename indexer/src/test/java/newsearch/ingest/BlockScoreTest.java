package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsearch.ingest.BlockScore.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Blocks are scored by length, function-word density and shape, and short ones by neighbours. */
class BlockScoreTest {

  private static TextBlock block(String text) {
    return new TextBlock(text, 1, 0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The council said on Monday that the evening ferry would stop running next month.",
        "El consejo dijo el lunes que el ferri de la tarde dejará de funcionar el mes próximo.",
        "O conselho disse na segunda-feira que a balsa da noite vai parar no próximo mês.",
        "Le conseil a annoncé lundi que le bac du soir ne circulera plus le mois prochain.",
        "Der Rat teilte am Montag mit, dass die Abendfähre im nächsten Monat nicht mehr fährt.",
      })
  void takesASentenceOfProseForArticleTextInEachLanguage(String sentence) {
    assertEquals(Kind.GOOD, BlockScore.kind(block(sentence)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Astronomy", "Weather", "Reuters", "Verhaeghe"})
  void takesASingleNameForBoilerplate(String tag) {
    assertEquals(Kind.BAD, BlockScore.kind(block(tag)));
  }

  @Test
  void takesAParagraphOfCapitalisedShortLinesForAList() {
    TextBlock list =
        new TextBlock(
            "Markets rally as inflation slows Carmaker to close two plants Union and rail"
                + " operator reach pay deal",
            3,
            3);

    assertEquals(Kind.BAD, BlockScore.kind(list));
  }

  @Test
  void keepsACrossheadBetweenParagraphsAndDropsACreditAfterTheLast() {
    String first = "The ferry will stop running next month, the council said on Monday.";
    String crosshead = "What comes next for the island";
    String last = "The council will meet two firms about a short-term contract this week.";
    String credit = "Reporting by Lena Hoffer; Editing by Tomas Brill";

    assertEquals(
        List.of(first, crosshead, last),
        BlockScore.articleText(
            List.of(block(first), block(crosshead), block(last), block(credit))));
  }

  @Test
  void letsLongProseOutweighAFurnitureKeyword() {
    String prose =
        "We use cookies as an example of how the law has changed the web, said the judge, who"
            + " added that the court would publish its reasons in writing. The case was brought"
            + " by a group of publishers who argued that the rules were unclear and that the"
            + " regulator had given them no time to comply with them.";
    String banner = "We use cookies to personalise content and ads and to analyse our traffic.";

    assertTrue(PageFurniture.isFurniture(prose));
    assertTrue(BlockScore.outweighsKeywords(prose));
    assertFalse(BlockScore.outweighsKeywords(banner));
  }

  @Test
  void measuresFunctionWordsInTheBestMatchingLanguage() {
    assertEquals(0.5, FunctionWords.density("der Hund und die Katze"), 0.11);
    assertEquals(0.0, FunctionWords.density("Astronomy Comets"), 1e-9);
    assertEquals(0.0, FunctionWords.density("12:30"), 1e-9);
  }
}
