package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class NewsSchemaTest {

  private final NewsSchema schema = new NewsSchema();

  private static List<String> tokens(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void textFieldsAreStemmedButTheSpellingFieldKeepsWordsAsWritten() throws IOException {
    String text = "The negotiations over José's islands";
    assertEquals(
        List.of("negotiation", "over", "jose", "island"),
        tokens(schema.analyzer(), NewsSchema.BODY, text));
    assertEquals(
        List.of("the", "negotiations", "over", "jose", "islands"),
        tokens(schema.analyzer(), NewsSchema.SPELLING, text));
    assertEquals(
        tokens(schema.analyzer(), NewsSchema.SPELLING, text),
        tokens(schema.surfaceAnalyzer(), "any", text));
  }

  @Test
  void everyTextFieldFeedsTheSpellingFieldAndTheTitleIsKeptAsDocValues() throws IOException {
    Article article =
        new Article("a1", "Peace talks", "A lede", "The body", null, null, null, null, null, null);
    Document doc = schema.toDocument(article);
    List<String> spelling = new ArrayList<>();
    for (IndexableField field : doc.getFields(NewsSchema.SPELLING)) {
      spelling.add(field.stringValue());
      assertFalse(field.fieldType().stored());
    }
    assertEquals(List.of("Peace talks", "A lede", "The body"), spelling);
    IndexableField title = doc.getField(NewsSchema.TITLE_VALUES);
    assertEquals(DocValuesType.BINARY, title.fieldType().docValuesType());
    assertEquals("Peace talks", title.binaryValue().utf8ToString());
  }

  @Test
  void stopWordsAreThoseTheTextAnalyzerDropsInAnyCase() {
    assertTrue(schema.isStopWord("The"));
    assertTrue(schema.isStopWord("of"));
    assertFalse(schema.isStopWord("peace"));
  }
}
