package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
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
  void indexAndQueryTimeTokensAgreeForEveryTextField() throws IOException {
    String text = "Kishída's newspapers reported the treaties in New York";
    for (String field : NewsSchema.TEXT_FIELDS) {
      List<String> indexed = tokens(schema.analyzer(), field, text);
      List<String> queried = tokens(new NewsSchema().analyzer(), field, text);
      assertEquals(indexed, queried, field);
    }
  }

  @Test
  void foldsAccentsAndKeepsNewsApartFromNew() throws IOException {
    assertEquals(List.of("kishida"), tokens(schema.analyzer(), NewsSchema.BODY, "Kishída"));
    assertEquals(List.of("news"), tokens(schema.analyzer(), NewsSchema.BODY, "news"));
    assertNotEquals(
        tokens(schema.analyzer(), NewsSchema.BODY, "news"),
        tokens(schema.analyzer(), NewsSchema.BODY, "new"));
    assertEquals(List.of("newspaper"), tokens(schema.analyzer(), NewsSchema.BODY, "newspapers"));
  }

  @Test
  void storedArticleComesBackUnchanged() throws IOException {
    Article article =
        new Article(
            "a1",
            "Title",
            "Lede",
            "Body text.",
            LocalDate.of(2021, 10, 7),
            SectionPath.parse("News > Japan"),
            "https://example.org/a1",
            "Example",
            "Jane Doe",
            List.of("Related headline"));
    Document doc = schema.toDocument(article);
    Document stored = new Document();
    doc.getFields().stream().filter(f -> f.fieldType().stored()).forEach(stored::add);
    assertEquals(article, schema.toArticle(stored));
  }

  @Test
  void refusesAnIndexOfAnotherSchemaVersionWithRebuildAdvice() {
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> schema.checkCompatible(Map.of(NewsSchema.VERSION_KEY, "0"), "/tmp/idx"));
    assertTrue(e.getMessage().contains("reindex"), e.getMessage());
  }

  @Test
  void sectionPathParsesDisplayedForm() {
    assertEquals(List.of("News", "Japan"), SectionPath.parse(" News >Japan ").parts());
    assertEquals("News > Japan", SectionPath.parse("News>Japan").display());
    assertTrue(SectionPath.parse("  ").isEmpty());
  }

  @Test
  void untitledArticleDisplaysTheStartOfItsBody() {
    Article untitled =
        new Article("x", null, null, "word ".repeat(40), null, null, null, null, null, null);
    assertTrue(untitled.displayTitle().startsWith("word word"));
    assertTrue(untitled.displayTitle().length() <= 81, untitled.displayTitle());
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
