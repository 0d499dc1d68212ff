package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsearch.ingest.Rejection.Reason;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

/** Pages that are not articles are rejected, each with the reason why. */
class NotAnArticleTest {

  private final ArticlePageParser pages = new ArticlePageParser();
  private final HtmlArticleParser html = new HtmlArticleParser();

  private Reason reasonForPage(String text) {
    return assertThrows(RejectedInputException.class, () -> pages.parse(text, null)).reason();
  }

  @Test
  void rejectsAnErrorPageInEachLanguage() {
    assertEquals(
        Reason.ERROR_PAGE,
        reasonForPage("Home\n\nPage not found\n\nSorry, we couldn't find that page.\n"));
    assertEquals(
        Reason.ERROR_PAGE,
        reasonForPage("Portada\n\nPágina no encontrada\n\nLa página que busca no existe.\n"));
    assertEquals(
        Reason.ERROR_PAGE,
        reasonForPage("Início\n\nErro 404\n\nA página que você procura foi removida.\n"));
    assertEquals(
        Reason.ERROR_PAGE,
        reasonForPage("Accueil\n\nPage introuvable\n\nCette page a été supprimée.\n"));
    assertEquals(
        Reason.ERROR_PAGE,
        reasonForPage("Startseite\n\nSeite nicht gefunden\n\nDie Seite wurde entfernt.\n"));
  }

  @Test
  void keepsAnArticleWhoseHeadlineMentionsFourOhFour() throws Exception {
    Article article =
        pages.parse(
            """
            Flight 404 lands safely after a bird strike over the bay

            The crew of flight 404 landed safely on Tuesday after a bird struck an engine.

            Passengers were taken to the terminal by bus, and no one was hurt.
            """,
            null);

    assertEquals("Flight 404 lands safely after a bird strike over the bay", article.title());
  }

  @Test
  void rejectsASectionFrontOfHeadlines() {
    assertEquals(
        Reason.HEADLINE_LIST,
        reasonForPage(
            """
            Sport

            Bayern gewinnt das Spitzenspiel in Dortmund
            Handball-Nationalmannschaft startet mit Sieg in die EM
            Formel 1: Neues Rennen in Madrid ab 2026
            Tennis: Junge Spielerin erreicht das Halbfinale
            Radsport: Die Tour startet in Florenz
            """));
  }

  @Test
  void rejectsAParagraphOfLinksInHtmlAsAListOfHeadlines() {
    String page =
        "<html><body><h1>Sport</h1><ul>"
            + "<li><a href=/1>Le club de Brest s'impose dans le derby breton</a></li>"
            + "<li><a href=/2>Voile : départ de la course repoussé de deux jours</a></li>"
            + "<li><a href=/3>Cyclisme : le Tour fera étape à Vannes en juillet</a></li>"
            + "<li><a href=/4>Handball : les Nantaises qualifiées pour la finale</a></li>"
            + "<li><a href=/5>Rugby : le XV de Rennes recrute un entraîneur</a></li>"
            + "</ul></body></html>";

    assertEquals(
        Reason.HEADLINE_LIST,
        assertThrows(RejectedInputException.class, () -> html.parse(page, null)).reason());
  }

  @Test
  void rejectsAPaywallTeaserOfOneSentence() {
    assertEquals(
        Reason.PAYWALL_TEASER,
        reasonForPage(
            """
            Juros do cartão de crédito voltam a subir em março

            Os juros do rotativo subiram pelo segundo mês seguido, segundo o Banco Central.

            Conteúdo exclusivo para assinantes
            Já é assinante? Entre
            """));
  }

  @Test
  void rejectsATeaserWhoseRestTheMarkupHidesBehindAPaywall() {
    String page =
        "<html><body><article><h1>Warum die Mieten in Mittelstädten stärker steigen</h1>"
            + "<p>Eine neue Auswertung zeigt, dass die Mieten schneller wachsen.</p>"
            + "<div class=paywall><p>Jetzt weiterlesen</p></div></article></body></html>";

    assertEquals(
        Reason.PAYWALL_TEASER,
        assertThrows(RejectedInputException.class, () -> html.parse(page, null)).reason());
  }

  @Test
  void rejectsAPageOfCookieNoticesAndMenus() {
    assertEquals(
        Reason.NO_ARTICLE_TEXT,
        reasonForPage(
            """
            Nous utilisons des cookies pour améliorer votre expérience sur notre site.
            Tout accepter
            Paramétrer
            Accueil
            Actualités
            Mentions légales
            """));
  }

  @Test
  void stillRejectsAHeadlineWithoutBodyForItsMissingBody() {
    assertEquals(
        Reason.NO_BODY,
        reasonForPage(
            "Home > News\nCouncil Publishes Its New Budget Plan\nShare\nAdvertisement\n"));
  }
}
