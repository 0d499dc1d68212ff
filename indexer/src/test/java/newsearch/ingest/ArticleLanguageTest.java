package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

class ArticleLanguageTest {

  private static final String SPANISH_BODY =
      "El ayuntamiento aprobó ayer el presupuesto para el próximo año con los votos de la"
          + " mayoría. La oposición criticó que las obras del puerto queden otra vez sin fecha.";

  private final TextLanguage languages = TextLanguage.builtIn();

  private Article jsonLine(String line) throws Exception {
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader()
        .read(new BufferedReader(new StringReader(line + "\n")), Path.of("a.jsonl"), sink);
    return sink.articles().getFirst();
  }

  private static String html(String htmlAttributes, String head) {
    return "<html "
        + htmlAttributes
        + "><head>"
        + head
        + "<title>Presupuesto aprobado</title></head><body><article><h1>Presupuesto"
        + " aprobado</h1><p>"
        + SPANISH_BODY
        + "</p></article></body></html>";
  }

  @Test
  void detectsTheLanguageOfShortNewsTextInEachAnalysedLanguage() {
    assertEquals("en", languages.detect("The council approved the budget for next year."));
    assertEquals("es", languages.detect(SPANISH_BODY));
    assertEquals(
        "pt",
        languages.detect(
            "O governo anunciou ontem um novo plano para os transportes. Os autarcas dizem que"
                + " não chega para as aldeias do interior."));
    assertEquals(
        "fr", languages.detect("Le gouvernement a présenté hier un nouveau plan pour les trains."));
    assertEquals(
        "de",
        languages.detect("Die Regierung hat gestern einen neuen Plan für die Bahn vorgestellt."));
  }

  @Test
  void textWithoutWordsHasNoLanguage() {
    assertNull(languages.detect("2023 — 14:05 — 3-1"));
    assertNull(languages.detect("  "));
  }

  @Test
  void recordLanguageWinsOverDetection() throws Exception {
    Article declared =
        jsonLine(
            "{\"id\": \"1\", \"title\": \"Presupuesto\", \"body\": \""
                + SPANISH_BODY
                + "\", \"language\": \"pt-BR\"}");
    Article detected =
        jsonLine("{\"id\": \"2\", \"title\": \"Presupuesto\", \"body\": \"" + SPANISH_BODY + "\"}");

    assertEquals("pt", declared.language());
    assertEquals("es", detected.language());
  }

  @Test
  void htmlMarkupDeclaresTheLanguageMostSpecificFirst() throws Exception {
    HtmlArticleParser parser = new HtmlArticleParser();
    String jsonLd =
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\":"
            + " \"Presupuesto aprobado\", \"inLanguage\": \"fr\"}</script>";

    assertEquals("de", parser.parse(html("lang=\"de\"", ""), null).language());
    assertEquals(
        "it",
        parser
            .parse(html("lang=\"de\"", "<meta property=\"og:locale\" content=\"it_IT\">"), null)
            .language());
    assertEquals("fr", parser.parse(html("lang=\"de\"", jsonLd), null).language());
    assertEquals("es", parser.parse(html("", ""), null).language());
  }

  @Test
  void textPagesAreDetected() throws Exception {
    Article page =
        new ArticlePageParser()
            .parse("Presupuesto aprobado para el puerto\n\n" + SPANISH_BODY + "\n", null);

    assertEquals("es", page.language());
  }
}
