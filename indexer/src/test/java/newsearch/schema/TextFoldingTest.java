package newsearch.schema;

import static newsearch.schema.Tokens.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextFoldingTest {

  private final NewsSchema schema = new NewsSchema();

  @Test
  void foldsLettersThatDoNotDecompose() {
    assertEquals("o", TextFolding.fold("ø"));
    assertEquals("ss", TextFolding.fold("ß"));
    assertEquals("ae", TextFolding.fold("æ"));
    assertEquals("l", TextFolding.fold("ł"));
    assertEquals("orsted strasse aero lodz", TextFolding.fold("Ørsted STRAßE Ærø Łódź"));
  }

  @Test
  void foldsAccentsAndCaseAndKeepsTheRest() {
    assertEquals("renee okafor-lindqvist, 4.5%", TextFolding.fold("Renée Okafor-Lindqvist, 4.5%"));
    assertEquals("i", TextFolding.fold("İ"));
    assertEquals("", TextFolding.fold(""));
  }

  @Test
  void aFoldedWordIsTheTokenTheAnalyzersMakeOfIt() throws IOException {
    for (String word : List.of("Øresund", "Straße", "Æsir", "Łódź", "Kishída", "İzmir")) {
      String folded = TextFolding.fold(word);
      assertEquals(List.of(folded), tokens(schema.surfaceAnalyzer(), NewsSchema.BODY, word), word);
      assertEquals(List.of(folded), tokens(schema.analyzer(), NewsSchema.BODY, word), word);
    }
  }

  /** Any text folds as the analyzers normalise it. */
  @Property(tries = 500)
  void foldsAsTheAnalyzersNormalise(@ForAll String text) {
    assertEquals(
        schema.analyzer().normalize(NewsSchema.BODY, text).utf8ToString(), TextFolding.fold(text));
  }
}
