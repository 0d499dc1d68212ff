package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalysisChainTest {

  private static final String TEXT =
      "The Minister's ferries: Kishída met newspapers' editors in São Paulo, and the news spread.";

  @Test
  void textChainByFactoryNamesMakesTheTokensOfTheSameChainWrittenInCode() throws IOException {
    Analyzer inCode =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream chain =
                new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new KStemFilter(chain));
          }
        };
    List<String> expected = positioned(inCode, TEXT);
    assertEquals(expected, positioned(new NewsAnalyzer(), TEXT));
    assertEquals("minister+2@4-14", expected.get(0));
    assertEquals("ferry+1@15-22", expected.get(1));
  }

  @Test
  void surfaceChainKeepsStopWordsAndWholeWords() throws IOException {
    assertEquals(
        List.of("the+1@0-3", "minister+1@4-14", "ferries+1@15-22"),
        positioned(new SurfaceAnalyzer(), "The Minister's ferries"));
  }

  @Test
  void textChainIsTheSurfaceChainThenStopWordsAndKStem() {
    assertEquals(
        List.of("englishPossessive", "lowercase", "asciiFolding", "stop", "kStem"),
        AnalysisChain.TEXT.filters().stream().map(AnalysisChain.Component::name).toList());
    assertEquals("standard", AnalysisChain.TEXT.tokenizer().name());
  }

  /** Each token as {@code term+increment@start-end}. */
  private static List<String> positioned(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(NewsSchema.BODY, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "+"
                + increment.getPositionIncrement()
                + "@"
                + offsets.startOffset()
                + "-"
                + offsets.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
