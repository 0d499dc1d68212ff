package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextFoldingTest {

  private final NewsSchema schema = new NewsSchema();

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(NewsSchema.BODY, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

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
      assertEquals(List.of(folded), tokens(schema.surfaceAnalyzer(), word), word);
      assertEquals(List.of(folded), tokens(schema.analyzer(), word), word);
    }
  }

  /** Any text folds as the analyzers normalise it. */
  @Property(tries = 500)
  void foldsAsTheAnalyzersNormalise(@ForAll String text) {
    assertEquals(
        schema.analyzer().normalize(NewsSchema.BODY, text).utf8ToString(), TextFolding.fold(text));
  }
}
