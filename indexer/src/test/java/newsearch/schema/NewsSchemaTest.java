package newsearch.schema;

import static newsearch.schema.Tokens.tokens;
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
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class NewsSchemaTest {

  private static final String SYNONYM = SynonymGraphFilter.TYPE_SYNONYM;

  private final NewsSchema schema = new NewsSchema();

  /** News text with possessives, plurals, capitals, accents, numbers, and no listed synonym. */
  private static final String NEWS_TEXT =
      "The Harbour Board's chairwoman, Renée Okafor-Lindqvist, said on Tuesday that the ferries'"
          + " new timetables would cut crossings by a third from 1 March. Dock workers, who have"
          + " been striking over pay since the 2024 talks collapsed, said the companies' offer of"
          + " 4.5% was \"an insult\"; the councillors voted 7-2 to review the port's leases.";

  /** News text whose words include listed synonyms, single words and phrases. */
  private static final String SYNONYM_TEXT =
      "The UK's biggest carmakers told the European Union that electric vehicle sales doubled"
          + " during the heatwave, the chief executive of the trade body said.";

  /** One token as the index or a query sees it: term, position, offsets and type. */
  private record Token(String term, int position, int start, int end, String type) {
    /** The term and where it stands in the text, without its position in the token graph. */
    String offsets() {
      return term + "[" + start + "-" + end + "]";
    }

    @Override
    public String toString() {
      return term + "@" + position + "[" + start + "-" + end + "]" + type;
    }
  }

  private static List<Token> analysed(Analyzer analyzer, String field, String text)
      throws IOException {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(
            new Token(
                term.toString(), position, offset.startOffset(), offset.endOffset(), type.type()));
      }
      ts.end();
    }
    return out;
  }

  /** The query analyzer that searches use: the text chain with the bundled synonyms. */
  private Analyzer queryAnalyzer() {
    return schema.queryAnalyzer(Synonyms.bundled(schema.analyzer()));
  }

  @Test
  void queryAnalysisGivesTheIndexTokensOfTextWithoutSynonymsForEveryTextField() throws IOException {
    for (String field : NewsSchema.TEXT_FIELDS) {
      List<Token> indexed = analysed(schema.analyzer(), field, NEWS_TEXT);
      assertEquals(indexed, analysed(queryAnalyzer(), field, NEWS_TEXT), field);
      assertEquals(indexed, analysed(schema.queryAnalyzer(null), field, NEWS_TEXT), field);
    }
    // The text exercises every step of the chain: possessives, stop words, stemming, folding.
    assertEquals(
        "harbour board chairwoman renee okafor lindqvist said tuesday ferry new timetable would"
            + " cut crossing third from 1 march dock worker who have been striking over pay since"
            + " 2024 talks collapse said company offer 4.5 insult councillor vote 7 2 review port"
            + " lease",
        String.join(
            " ",
            analysed(schema.analyzer(), NewsSchema.BODY, NEWS_TEXT).stream()
                .map(Token::term)
                .toList()));
  }

  @Test
  void queryAnalysisAddsSynonymsAndKeepsEveryIndexTokenOfTheText() throws IOException {
    for (String field : NewsSchema.TEXT_FIELDS) {
      List<Token> queried = analysed(queryAnalyzer(), field, SYNONYM_TEXT);
      List<String> original =
          queried.stream().filter(t -> !t.type().equals(SYNONYM)).map(Token::offsets).toList();
      List<String> indexed =
          analysed(schema.analyzer(), field, SYNONYM_TEXT).stream().map(Token::offsets).toList();
      assertEquals(indexed, original, field);
      List<String> added =
          queried.stream().filter(t -> t.type().equals(SYNONYM)).map(Token::term).toList();
      for (String synonym : List.of("britain", "eu", "ev", "heat", "ceo")) {
        assertTrue(added.contains(synonym), field + " lacks " + synonym + ": " + added);
      }
    }
  }

  @Test
  void theComparisonFailsForAQueryChainThatLostItsStemmer() throws IOException {
    Analyzer unstemmed =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream words =
                new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(
                source, new StopFilter(words, NewsAnalyzer.STOP_WORDS));
          }
        };
    List<Token> indexed = analysed(schema.analyzer(), NewsSchema.BODY, NEWS_TEXT);
    List<Token> queried = analysed(unstemmed, NewsSchema.BODY, NEWS_TEXT);
    assertNotEquals(indexed, queried);
    assertEquals("ferries", queried.get(8).term());
    assertEquals("ferry", indexed.get(8).term());
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
