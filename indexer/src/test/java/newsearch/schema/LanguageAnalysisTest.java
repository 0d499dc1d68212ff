package newsearch.schema;

import static newsearch.schema.Tokens.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAnalysisTest {

  private final NewsSchema schema = new NewsSchema();

  private List<String> body(String language, String text) throws IOException {
    return tokens(schema.analyzer(), NewsSchema.textField(NewsSchema.BODY, language), text);
  }

  @Test
  void spanishPluralAndAccentMeetTheSingular() throws IOException {
    assertEquals(List.of("eleccion"), body("es", "elecciones"));
    assertEquals(List.of("eleccion"), body("es", "elección"));
    assertEquals(List.of("eleccion", "presidencial"), body("es", "las elecciones presidenciales"));
  }

  @Test
  void portugueseDropsStopWordsAndFoldsAfterStemming() throws IOException {
    assertEquals(body("pt", "eleição"), body("pt", "eleições"));
    assertEquals(List.of("govern"), body("pt", "o governo"));
  }

  @Test
  void frenchDropsElidedArticlesBeforeStemming() throws IOException {
    assertEquals(body("fr", "élection"), body("fr", "l'élection"));
    assertEquals(body("fr", "élection"), body("fr", "élections"));
    assertEquals(body("fr", "élection"), body("fr", "Election"));
  }

  @Test
  void germanLightStemmingJoinsInflectedForms() throws IOException {
    assertEquals(body("de", "Wahl"), body("de", "Wahlen"));
    assertEquals(body("de", "Bürgermeister"), body("de", "Buergermeister"));
    assertEquals(List.of(), body("de", "und die der"));
  }

  @Test
  void neutralFieldKeepsWordsAsWrittenWithoutAnyLanguagesStopWords() throws IOException {
    assertEquals(
        List.of("elecciones", "l'election", "wahlen"),
        tokens(
            schema.analyzer(), NewsSchema.NEUTRAL, "The elecciones de l'élection und die Wahlen"));
  }

  @Test
  void englishHasNoOwnFieldAndKeepsTheDefaultAnalysis() throws IOException {
    assertEquals(NewsSchema.BODY, NewsSchema.textField(NewsSchema.BODY, "en"));
    assertEquals(NewsSchema.BODY, NewsSchema.textField(NewsSchema.BODY, null));
    assertEquals("body_es", NewsSchema.textField(NewsSchema.BODY, "es"));
  }
}
