package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Related, read-also, comments, photo credits, newsletters and tags are recognised in Spanish,
 * Portuguese, French and German; corrections are article text in every language.
 */
class MultilingualFurnitureTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "RELACIONADO:",
        "Lee también",
        "Leia também",
        "Veja também",
        "À lire aussi",
        "Lire aussi :",
        "Mehr zum Thema",
        "Lesen Sie auch",
        "Most Read",
      })
  void recognisesRelatedStoryLabels(String line) {
    assertTrue(PageFurniture.isRelatedLabel(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Lee también: Los regantes piden ayudas; Los regantes piden ayudas",
        "Leia também: Senado deve votar o texto; Senado deve votar o texto",
        "À lire aussi : La pêche à pied bientôt limitée; La pêche à pied bientôt limitée",
        "Lesen Sie auch: Mann findet Ehering im Acker; Mann findet Ehering im Acker",
      })
  void readsTheHeadlineOfAnInlineReadAlsoLink(String line, String headline) {
    assertEquals(Optional.of(headline), PageFurniture.inlineRelated(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
        "Utilizamos cookies para melhorar a sua experiência no nosso site.",
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
        "Wir verwenden Cookies, um Inhalte zu personalisieren.",
        "Inscrivez-vous à notre newsletter",
        "Assine a newsletter",
        "Receba as notícias no seu e-mail",
        "Advertisement · Scroll to continue",
        "Our Standards: The Trust Principles.",
        "Anzeige",
        "Publicidade",
        "Partager",
        "Teilen",
        "Etiquetas: sequía, Ebro, agricultura",
        "Schlagworte: Strom, Energie",
        "Mots-clés : pêche, Bretagne",
      })
  void recognisesFurnitureInEveryLanguage(String line) {
    assertTrue(PageFurniture.isFurniture(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Crédit photo : Luc Verhaeghe",
        "Foto: Peter Lang",
        "Foto: Ana Ruiz",
        "Imagem: Agência",
        "Photo 2 sur 6",
        "Image caption, The comet appears as a faint smudge",
      })
  void recognisesPhotoCreditsInEveryLanguage(String line) {
    assertTrue(PageFurniture.isCaption(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Comentarios",
        "Comentários (3)",
        "Commentaires",
        "Voir les commentaires",
        "Kommentare (4)",
        "Leave a Reply",
        "Todos os direitos reservados.",
        "Tous droits réservés",
        "Alle Rechte vorbehalten.",
      })
  void endsTheArticleAtTheCommentBoxOrFooterInEveryLanguage(String line) {
    assertTrue(PageFurniture.endsArticle(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Correction: An earlier version of this column said the library closed in 2019.",
        "Corrección: una versión anterior de este artículo decía que el río bajó un metro.",
        "Correção: uma versão anterior desta reportagem errou o nome do ministro.",
        "Rectificatif : une version précédente de cet article citait un mauvais chiffre.",
        "Korrektur: In einer früheren Fassung stand eine falsche Zahl.",
        "Les commentaires des habitants ont été nombreux lors de la réunion.",
        "Wir verwenden das Geld für neue Schulen, sagte der Bürgermeister.",
      })
  void keepsCorrectionsAndSentencesAsArticleText(String line) {
    assertFalse(PageFurniture.isFurniture(line));
    assertFalse(PageFurniture.endsArticle(line));
    assertFalse(PageFurniture.isCaption(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Related Topics", "Tags", "Etiquetas", "Mots-clés", "Schlagworte"})
  void recognisesTagListLabels(String line) {
    assertTrue(PageFurniture.isTagLabel(line));
  }
}
