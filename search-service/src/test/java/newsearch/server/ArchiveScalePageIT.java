package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The search page over an archive of {@link LargeArchive}'s shape (87 sections named by codes, a
 * wire story in four copies, 868 hits for "harbour") in a real headless Chromium: the section list
 * at that scale, display names, copies, and paging down to the service's depth limit of 100
 * results.
 */
class ArchiveScalePageIT extends BrowserTest {

  private static final int MAX_DEPTH = 100;

  private static SampleServer archive;
  private SearchPage pages;

  @BeforeAll
  static void startArchive(@TempDir Path dir) throws Exception {
    archive =
        SampleServer.over(
            dir.resolve("archive"),
            LargeArchive.articles(),
            SearchConfig.builder().limits(l -> l.maxDepth(MAX_DEPTH)).build(),
            LargeArchive.NAMES);
  }

  @AfterAll
  static void stopArchive() throws Exception {
    if (archive != null) {
      archive.close();
      archive = null;
    }
  }

  /** Each test starts on a desktop of 1366 by 900; the phone tests change it to 390 by 844. */
  @BeforeEach
  void archivePage() {
    pages = new SearchPage(driver, archive);
    pages.viewport(1366, 900);
  }

  /** Whether the date range's fields and button are on screen without scrolling. */
  private boolean datesInView() {
    return (Boolean)
        pages.js(
            "return document.getElementById('date-range').getBoundingClientRect().bottom"
                + " <= window.innerHeight;");
  }

  private List<WebElement> shownSections() {
    return driver.findElements(By.cssSelector("#sections > li")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private List<String> chips() {
    return driver.findElements(By.cssSelector("#chip-list .chip-label")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private double topOf(String id) {
    return ((Number)
            pages.js(
                "return document.getElementById(arguments[0]).getBoundingClientRect().top;", id))
        .doubleValue();
  }

  @Test
  void eightSectionsShowThenAllTwentyAndTheDatesStayInView() {
    pages.open("/?q=harbour");
    assertEquals(871, pages.total());
    assertEquals(8, shownSections().size());
    assertTrue(datesInView(), "date range at " + topOf("date-range"));
    WebElement more = driver.findElement(By.id("sections-more"));
    assertEquals("Show all 20 sections", more.getText());

    more.click();
    assertEquals(20, shownSections().size());
    assertEquals("true", more.getDomAttribute("aria-expanded"));
    assertEquals(
        "The 20 largest are listed; find any other by its name.",
        driver.findElement(By.id("sections-note")).getText());
    // All twenty scroll in a box of their own: the date range still starts on screen.
    assertTrue(topOf("date-range") + 100 <= 900, "date range at " + topOf("date-range"));
    pages.screenshot("archive-all-sections");
  }

  @Test
  void anyOfTheEightySevenSectionsIsFoundByNameAndFilters() {
    pages.open("/?q=harbour");
    driver.findElement(By.id("section-find-input")).sendKeys("topic-8");
    pages.waitUntil(d -> d.findElements(By.cssSelector("#section-matches input")).size() == 8);
    List<String> found =
        driver.findElements(By.cssSelector("#section-matches .facet-label")).stream()
            .map(WebElement::getText)
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "topic-80",
            "topic-81",
            "topic-82",
            "topic-83",
            "topic-84",
            "topic-85",
            "topic-86",
            "topic-87"),
        found);
    driver
        .findElement(By.cssSelector("#section-matches input[data-focus-key='found:topic-87']"))
        .click();
    pages.waitForUrl(url -> url.endsWith("/?q=harbour&section=topic-87"));
    assertEquals(1, pages.total());
    assertEquals(List.of("topic-87"), chips());
  }

  @Test
  void sectionsShowTheirDisplayNamesAndFilterByTheirCodes() {
    pages.open("/");
    WebElement acquisitions = driver.findElement(By.cssSelector("#sections .facet-option"));
    assertEquals("Acquisitions", acquisitions.findElement(By.className("facet-label")).getText());
    pages.sectionCheckbox("acq").click();
    pages.waitForUrl(url -> url.endsWith("/?section=acq"));
    assertEquals(41, pages.total());
    assertEquals(List.of("Acquisitions"), chips());
    for (WebElement hit : pages.hits()) {
      assertEquals("Acquisitions", textOf(hit.findElement(By.className("crumbs"))));
    }

    pages.open("/?section=money-fx");
    assertEquals(List.of("Money and currencies"), chips(), "a shared link names its sections too");
  }

  @Test
  void aWireStoryShowsPlusThreeSimilarAndExpandsToItsCopies() {
    pages.open("/?q=grain+shipments");
    WebElement first = pages.hits().get(0);
    assertEquals(LargeArchive.WIRE_TITLE, first.findElement(By.className("hit-title")).getText());
    WebElement toggle = first.findElement(By.className("copies-toggle"));
    assertEquals("+3 similar", toggle.getText());
    assertEquals("false", toggle.getDomAttribute("aria-expanded"));
    WebElement list = first.findElement(By.className("copies-list"));
    assertFalse(list.isDisplayed());

    toggle.click();
    assertEquals("true", toggle.getDomAttribute("aria-expanded"));
    assertTrue(list.isDisplayed());
    List<String> links =
        list.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href")).toList();
    assertEquals(
        List.of("/article/wire-coast", "/article/wire-evening", "/article/wire-morning"), links);
    assertTrue(
        list.getText().contains("Morning Star · Acquisitions · 22 October 1987"), list.getText());
    pages.screenshot("archive-copies");
  }

  @Test
  void pagesStopAtTheDeepestTheServiceServesAndSaySo() {
    pages.open("/?q=harbour");
    assertEquals(
        "Showing 1–10 of 871 articles for “harbour”",
        pages.summary().replaceAll(" · \\d+ ms$", ""));
    List<String> numbers =
        driver.findElements(By.cssSelector("#pager .pager-number")).stream()
            .map(WebElement::getText)
            .toList();
    // 88 pages of results, of which the first 10 can be reached: no page is called the last.
    assertEquals(List.of("1", "2", "3"), numbers);
    assertEquals(1, driver.findElements(By.cssSelector("#pager .pager-gap")).size());
    assertEquals(
        "Only the first 100 of the 871 results can be paged through. To reach the others, narrow"
            + " the search with a section or dates, or change the order.",
        driver.findElement(By.id("pager-note")).getText());
    assertTrue(driver.findElements(By.id("load-more")).isEmpty(), "one paging model only");

    pages.open("/?q=harbour&page=8");
    driver.findElement(By.cssSelector("#pager a[aria-label='Page 10']")).click();
    pages.waitForUrl(url -> url.endsWith("/?q=harbour&page=10"));
    assertEquals(
        "Showing 91–100 of 871 articles for “harbour”",
        pages.summary().replaceAll(" · \\d+ ms$", ""));
    assertTrue(driver.findElements(By.cssSelector("#pager a[rel=next]")).isEmpty());
  }

  @Test
  void backFromAnArticleReturnsToTheSamePageAtTheSamePlace() {
    pages.open("/?q=harbour&page=3");
    List<String> third = pages.hitTitles();
    WebElement seventh = pages.hits().get(6).findElement(By.cssSelector(".hit-title a"));
    pages.js("arguments[0].scrollIntoView({block: 'center'});", seventh);
    long scrolled = ((Number) pages.js("return Math.round(window.scrollY);")).longValue();
    assertTrue(scrolled > 200, "scrolled to " + scrolled);
    seventh.click();
    pages.waitForUrl(url -> url.contains("/article/"));

    driver.navigate().back();
    pages.waitForUrl(url -> url.endsWith("/?q=harbour&page=3"));
    assertEquals(third, pages.hitTitles());
    assertEquals("3", driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText());
    pages.waitUntil(
        d -> ((Number) pages.js("return Math.round(window.scrollY);")).longValue() == scrolled);
  }

  @Test
  void onAPhoneTheFiltersArePanelThatSaysHowManyResultsItShows() {
    pages.viewport(390, 844);
    pages.open("/?q=harbour");
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    WebElement panel = driver.findElement(By.id("filters"));
    assertFalse(panel.isDisplayed());
    long resultsTop = Math.round(topOf("results"));
    assertEquals(
        390L, pages.js("return document.documentElement.scrollWidth;"), "no sideways scroll");

    toggle.click();
    assertTrue(panel.isDisplayed());
    assertEquals(resultsTop, Math.round(topOf("results")), "the panel pushes no result down");
    assertEquals(0, panel.getRect().getY());
    assertEquals(844, panel.getRect().getHeight());
    assertEquals(390, panel.getRect().getWidth());
    WebElement done = driver.findElement(By.id("filters-done"));
    assertEquals("Show 871 results", done.getText());
    pages.screenshot("archive-phone-filters");

    pages.sectionCheckbox("acq").click();
    pages.waitForUrl(url -> url.endsWith("/?q=harbour&section=acq"));
    assertTrue(panel.isDisplayed(), "the panel stays open while filters are chosen");
    assertEquals("Show 41 results", done.getText());
    done.click();
    assertFalse(panel.isDisplayed());
    assertEquals("Filters (1)", toggle.getText());
    assertEquals(41, pages.total());
  }

  @Test
  void onAPhonePreviousPageNumberAndNextShareOneLine() {
    pages.viewport(390, 844);
    pages.open("/?q=harbour&page=2");
    WebElement previous = driver.findElement(By.cssSelector("#pager .pager-prev"));
    WebElement next = driver.findElement(By.cssSelector("#pager .pager-next"));
    WebElement status = driver.findElement(By.cssSelector("#pager .pager-status"));
    assertEquals("Page 2 of 88", status.getText());
    assertEquals(previous.getRect().getY(), next.getRect().getY());
    assertEquals(previous.getRect().getY(), status.getRect().getY(), 12);
    assertTrue(
        driver.findElements(By.cssSelector("#pager .pager-number")).stream()
            .noneMatch(WebElement::isDisplayed));
  }

  @Test
  void onAPhoneTheFiltersButtonOfAnEmptyResultStaysButtonSized() {
    pages.viewport(390, 844);
    pages.open("/?q=zzyzxquux");
    assertEquals(0, pages.hits().size());
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    assertTrue(toggle.getRect().getHeight() < 60, "height " + toggle.getRect().getHeight());
  }

  @Test
  void oldestFirstStartsAtTheArchivesFirstDay() {
    pages.open("/?q=harbour");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort")))
        .selectByVisibleText("Oldest first");
    pages.waitForUrl(url -> url.endsWith("/?q=harbour&sort=oldest"));
    List<String> dates =
        driver.findElements(By.cssSelector("#results .hit-date time")).stream()
            .map(t -> t.getDomAttribute("datetime"))
            .toList();
    assertEquals("1987-01-01", dates.get(0));
    assertEquals(dates.stream().sorted().toList(), dates);
    assertEquals("oldest", driver.findElement(By.id("sort")).getDomProperty("value"));
  }
}
