package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import newsearch.schema.Article;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

  private final HtmlArticleParser parser = new HtmlArticleParser();

  private Article parse(String fixture) throws RejectedInputException {
    return parser.parse(Fixtures.text("html/" + fixture), null);
  }

  @Test
  void readsOpenGraphAndArticleMetaAndKeepsOnlyTheArticleText() throws Exception {
    Article article = parse("opengraph_article.html");

    assertEquals("https://news.example.org/world/asia/island-talks-resume", article.id());
    assertEquals("https://news.example.org/world/asia/island-talks-resume", article.url());
    assertEquals("Island Talks Resume After Five-Year Pause", article.title());
    assertEquals(
        "Negotiators from both sides met in Geneva for the first time since 2016.",
        article.summary());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals("World > Asia", article.section().display(), "breadcrumb beats article:section");
    assertEquals("Jane Doe", article.author());
    assertEquals(
        List.of(
            "Fishing Rights Deal Signed for Northern Waters",
            "Ministers Meet Ahead of Regional Summit"),
        article.related());
    assertEquals(
        """
        Negotiators from the two governments sat down in Geneva on Thursday for the first \
        formal talks on the disputed islands since 2016.

        Both delegations described the meeting as constructive, and agreed to meet again before \
        the end of the year.

        A long dispute

        The islands have been administered by one side since the end of the war, and claimed \
        by the other ever since.""",
        article.body());
  }

  @Test
  void readsJsonLdGraphAndTitleWithoutSiteSuffixAndFindsTheDensestText() throws Exception {
    Article article = parse("jsonld_graph_title_suffix.html");

    assertEquals("Bakery Chain Opens Its Hundredth Shop", article.title());
    assertEquals("https://daily.example.com/business/bakery-chain", article.id());
    assertEquals(LocalDate.of(2022, 4, 4), article.date(), "the date as the publisher wrote it");
    assertEquals("Business > Retail", article.section().display());
    assertEquals("John Roe, Ann Poe", article.author());
    assertEquals("The family firm started with one oven in 1998.", article.summary());
    assertEquals(
        """
        A bakery chain that began with a single oven in a garage opened its hundredth shop on \
        Monday.

        The founders said they had never planned to grow beyond their home town.

        Every shop still bakes its bread on the premises before six in the morning.""",
        article.body());
  }

  @Test
  void dropsFurnitureWrittenAsParagraphsAndSkipsBrokenJsonLd() throws Exception {
    Article article = parse("plain_markup_text_furniture.html");

    assertEquals("River Clean-Up Draws Record Crowd", article.title());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals("Local > Environment", article.section().display());
    assertEquals("Tom Field", article.author());
    assertEquals(List.of("Bridge Repairs to Close Towpath for a Month"), article.related());
    assertEquals(
        """
        More than three hundred people joined the annual river clean-up on Saturday, the \
        largest turnout since it began.

        Volunteers removed two tonnes of rubbish, including a shopping trolley and a bicycle \
        frame.

        The organisers thanked the rowing club for lending its boats.""",
        article.body());
  }

  @Test
  void rejectsAPageWithoutArticleText() {
    RejectedInputException e =
        assertThrows(RejectedInputException.class, () -> parse("not_an_article.html"));

    assertEquals(Rejection.Reason.NO_ARTICLE_TEXT, e.reason());
    assertEquals("only notices, menus and buttons, no article text", e.getMessage());
  }

  @Test
  void rejectsAPageWithoutAnyTitle() {
    RejectedInputException e =
        assertThrows(
            RejectedInputException.class,
            () -> parser.parse("<p>Some text without a headline anywhere.</p>", null));

    assertEquals("no title found", e.getMessage());
  }

  @Test
  void cutsOnlyAShortTailAfterADashFromTheTitleElement() {
    assertEquals(
        "Harbour Reopens", HtmlMetadata.withoutSiteSuffix("Harbour Reopens - Daily Example", null));
    assertEquals(
        "Harbour Reopens - and the fishing fleet returns to the old quay",
        HtmlMetadata.withoutSiteSuffix(
            "Harbour Reopens - and the fishing fleet returns to the old quay", null));
    assertEquals(
        "Harbour Reopens",
        HtmlMetadata.withoutSiteSuffix(
            "Harbour Reopens :: The Coast Weekly Courier", "The Coast Weekly Courier"));
  }

  @Test
  void resolvesARelativeCanonicalLinkAgainstThePageAddress() throws Exception {
    Article article =
        parser.parse(
            """
            <html><head><link rel="canonical" href="/local/fair"></head>
            <body><h1>Village Fair Returns</h1><p>The fair returned after two years.</p></body>
            </html>""",
            "https://gazette.example.net/local/fair?ref=home");

    assertEquals("https://gazette.example.net/local/fair", article.id());
    assertEquals("The fair returned after two years.", article.body());
  }
}
