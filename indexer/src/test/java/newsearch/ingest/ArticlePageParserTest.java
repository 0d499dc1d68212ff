package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;
import org.junit.jupiter.api.Test;

class ArticlePageParserTest {

  private final ArticlePageParser parser = new ArticlePageParser();

  private Article parse(String fixture) throws RejectedInputException {
    return parser.parse(Fixtures.text("pages/" + fixture), null);
  }

  @Test
  void readsChevronBreadcrumbBulletedLedeAndRelatedBlockAndStopsAtComments() throws Exception {
    Article article = parse("chevron_breadcrumb_bulleted_lede.txt");

    assertEquals("Harbour Towns Vote to Share One Ferry Service", article.title());
    assertEquals("World > Europe", article.section().display());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals(
        "Three coastal councils agreed on Tuesday to merge their ferry timetables into a single"
            + " service from next spring.",
        article.summary());
    assertEquals(List.of("Estuary Bridge Plan Shelved After Cost Review"), article.related());
    assertNull(article.author());
    assertEquals(
        """
        The councils of Northbay, Eastmere and Salt Point voted by large majorities to run one \
        shared ferry line across the estuary.

        Officials said the merged timetable would cut waiting times at the busiest piers by \
        almost half.

        Residents had complained for years that the three services left within minutes of each \
        other and then not at all for an hour.

        The first joint sailing is planned for the second week of April.""",
        article.body());
  }

  @Test
  void readsSlashBreadcrumbBylineTimestampAndDatelineLineWithoutPromptsOrFooter() throws Exception {
    Article article = parse("slash_breadcrumb_byline_dateline.txt");

    assertEquals("Lantern Makers Report Record Autumn Orders", article.title());
    assertEquals("Business > Markets", article.section().display());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals("Jane Doe", article.author());
    assertNull(article.summary());
    assertEquals(
        """
        TOKYO (Reuters) - Japan's paper lantern workshops said on Thursday that autumn orders \
        had reached their highest level in a decade.

        Export buyers in Europe accounted for most of the growth, the industry association said.

        Workshops in the north of the country have added evening shifts to keep up.""",
        article.body());
  }

  @Test
  void readsGuillemetBreadcrumbIsoTimestampAndDropsCookieBannerCaptionAndUserComments()
      throws Exception {
    Article article = parse("guillemet_breadcrumb_iso_date.txt");

    assertEquals("Volunteers Count Record Number of Glow-Worms in Valley Survey", article.title());
    assertEquals("News > Science", article.section().display());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals(
        """
        A survey team of forty volunteers counted more than twelve thousand glow-worms along \
        the valley floor this summer.

        The organisers said damp weather in June had helped the larvae.

        They plan to repeat the count every two years.""",
        article.body());
  }

  @Test
  void prefersThePublishedDateToAnEarlierUpdatedOneAndKeepsInlineRelatedHeadline()
      throws Exception {
    Article article = parse("pipe_breadcrumb_published_and_updated.txt");

    assertEquals("City Rivals Agree to Share Training Ground", article.title());
    assertEquals("Sport > Football", article.section().display());
    assertEquals(LocalDate.of(2022, 4, 4), article.date());
    assertEquals("John Roe", article.author());
    assertEquals(List.of("Youth League Season to Start a Week Late"), article.related());
    assertEquals(
        """
        The two clubs will split the cost of a new training ground on the edge of the city, \
        both chairmen confirmed.

        Work on the pitches is expected to begin in the summer.""",
        article.body());
  }

  @Test
  void takesTheSectionFromALabelLineAndKeepsTheDatelineOpeningTheBody() throws Exception {
    Article article = parse("section_label_inline_dateline.txt");

    assertEquals("Port Authority Opens Night Market on the Old Quay", article.title());
    assertEquals(new SectionPath(List.of("World")), article.section());
    assertEquals(LocalDate.of(2021, 10, 7), article.date());
    assertEquals(
        """
        OSAKA (Reuters) - The city's port authority opened a night market on the old quay on \
        Thursday, the first in forty years.

        Stallholders sold grilled fish, paper fans and second-hand books until after midnight.

        The market will run every Friday until the end of November.""",
        article.body());
  }

  @Test
  void readsSpanishBylineDateCaptionRelatedAndCommentsAndLeavesTheSectionEmpty() throws Exception {
    Article article = parse("spanish_no_section.txt");

    assertEquals("El Ayuntamiento amplía el horario de las bibliotecas", article.title());
    assertEquals(SectionPath.NONE, article.section());
    assertEquals(LocalDate.of(2021, 10, 12), article.date());
    assertEquals("Ana García", article.author());
    assertEquals(
        List.of("La lectura de libros en papel vuelve a crecer entre los jóvenes"),
        article.related());
    assertEquals(
        """
        Las bibliotecas municipales abrirán hasta las diez de la noche a partir de noviembre, \
        según anunció el Ayuntamiento.

        La medida responde a la demanda de los estudiantes durante la época de exámenes.

        El nuevo horario se revisará al final del curso.""",
        article.body());
  }

  @Test
  void takesTheParagraphBeforeTheBylineAsSummaryAndAnUpdatedDateWhenItIsTheOnlyOne()
      throws Exception {
    Article article = parse("standfirst_updated_only.txt");

    assertEquals("Rain Delays Opening of the Hill Railway", article.title());
    assertEquals(
        "Engineers found two washed-out sections of track after a week of storms.",
        article.summary());
    assertEquals("Jane Doe and John Roe", article.author());
    assertEquals(LocalDate.of(2022, 4, 5), article.date());
    assertEquals(
        """
        The heritage line had been due to reopen for the season on Saturday.

        Repairs are expected to take at least ten days, the operator said.""",
        article.body());
  }

  @Test
  void rejectsAPageWhoseOnlyShortLineIsADateline() {
    RejectedInputException e =
        assertThrows(RejectedInputException.class, () -> parse("no_title.txt"));

    assertEquals("no title found", e.getMessage());
  }

  @Test
  void rejectsAPageWithAHeadlineButOnlyFurnitureBelowIt() {
    RejectedInputException e =
        assertThrows(RejectedInputException.class, () -> parse("no_body.txt"));

    assertEquals("no body text found", e.getMessage());
  }

  @Test
  void neverTakesADatelineOnItsOwnLineForTheHeadline() throws Exception {
    Article article =
        parser.parse(
            """
            WASHINGTON —
            Senate Passes the Harbour Dredging Bill
            The bill passed by a wide margin on Tuesday.
            """,
            null);

    assertEquals("Senate Passes the Harbour Dredging Bill", article.title());
    assertEquals("The bill passed by a wide margin on Tuesday.", article.body());
  }

  @Test
  void keepsTheBylineOutOfTitleAndBodyWhenItComesFirst() throws Exception {
    Article article =
        parser.parse(
            """
            By Jane Doe
            Markets Calm After a Week of Swings
            Shares closed almost flat on Friday.
            """,
            "https://example.org/markets-calm");

    assertEquals("Markets Calm After a Week of Swings", article.title());
    assertEquals("Jane Doe", article.author());
    assertEquals("Shares closed almost flat on Friday.", article.body());
    assertEquals("https://example.org/markets-calm", article.id());
  }

  @Test
  void doesNotTakeASentenceStartingWithByForAByline() throws Exception {
    Article article =
        parser.parse(
            """
            Harvest Comes Early in the Southern Valleys
            By the end of September most vineyards had finished picking.
            """,
            null);

    assertNull(article.author());
    assertEquals("By the end of September most vineyards had finished picking.", article.body());
  }
}
