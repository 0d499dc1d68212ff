package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page's search view in a real headless Chromium against a real server over the bundled
 * sample (56 articles, 2017 to 2025): typing, suggestions, facets, dates, paging, history. Needs
 * Chromium and chromedriver, as every {@link BrowserTest}.
 */
class SearchPageIT extends BrowserTest {

  private static final Dimension PHONE = new Dimension(390, 844);

  @Test
  void typingAQueryShowsHighlightedResultsWithoutPressingEnter() {
    page.open("/");
    assertEquals(56, page.total());

    page.type("treaty");
    page.waitForUrl(url -> url.endsWith("/?q=treaty"));

    assertEquals(4, page.total());
    assertEquals(4, page.hits().size());
    assertEquals(3, driver.findElements(By.cssSelector("#results .hit-title mark")).size());
    for (WebElement hit : page.hits()) {
      List<String> marked =
          hit.findElements(By.cssSelector(".snippet mark")).stream()
              .map(m -> m.getText().toLowerCase(Locale.ROOT))
              .distinct()
              .toList();
      assertEquals(List.of("treaty"), marked, hit.getText());
      assertEquals("News › Japan", textOf(hit.findElement(By.className("crumbs"))));
      assertTrue(
          hit.findElement(By.tagName("time"))
              .getDomAttribute("datetime")
              .matches("\\d{4}-\\d{2}-\\d{2}"));
    }
    assertTrue(page.summary().matches("4 articles for “treaty” · \\d+ ms"), page.summary());
    assertEquals(
        "treaty", driver.findElement(By.cssSelector("#results .hit-title mark")).getText());
    page.screenshot("search-results");
  }

  @Test
  void theFeedLinksFollowTheSearchAndServeItsAtomFeed() throws Exception {
    page.open("/");
    page.type("treaty");
    page.waitForUrl(url -> url.endsWith("/?q=treaty"));
    page.waitUntil(
        d -> d.findElement(By.id("feed-link")).getDomAttribute("href").endsWith("?q=treaty"));

    WebElement visible = driver.findElement(By.id("feed-link"));
    assertEquals("/api/search.atom?q=treaty", visible.getDomAttribute("href"));
    assertEquals("application/atom+xml", visible.getDomAttribute("type"));
    WebElement alternate = driver.findElement(By.cssSelector("link[rel=alternate]#feed"));
    assertEquals("/api/search.atom?q=treaty", alternate.getDomAttribute("href"));
    assertEquals("application/atom+xml", alternate.getDomAttribute("type"));
    var feed = server.get(visible.getDomAttribute("href"));
    assertEquals(200, feed.statusCode());
    assertEquals(4, feed.body().split("<entry>", -1).length - 1, feed.body());
  }

  @Test
  void suggestionCanBePickedWithTheKeyboard() throws Exception {
    assertNotEquals(
        404, server.get("/api/suggest?q=pea").statusCode(), "the service has no /api/suggest");
    page.open("/");

    page.type("pea");
    page.waitUntil(d -> !d.findElements(By.cssSelector("#suggestions [role=option]")).isEmpty());
    String first = driver.findElement(By.cssSelector("#suggestions [role=option]")).getText();
    page.type(Keys.ARROW_DOWN, Keys.ENTER);

    page.waitForUrl(url -> url.contains("q="));
    assertEquals(first, page.searchField().getDomProperty("value"));
    assertEquals(first, queryOf(driver.getCurrentUrl()));
  }

  @Test
  void suggestionListFollowsTheComboboxPatternWithAStubbedService() {
    page.open("/");
    page.answerFetches(
        "String(url).startsWith('/api/suggest')",
        """
        {suggestions: [
          {text: 'peace treaty', html: '<mark>pea</mark>ce treaty'},
          {text: 'peace talks', html: '<mark>pea</mark>ce talks'},
          {text: '<b>bold</b>', html: '<img src=x onerror=alert(1)>'}]}
        """);
    WebElement field = page.searchField();

    page.type("pea");
    page.waitUntil(d -> "true".equals(field.getDomAttribute("aria-expanded")));
    List<WebElement> options = driver.findElements(By.cssSelector("#suggestions [role=option]"));
    assertEquals(
        List.of("peace treaty", "peace talks", "<b>bold</b>"),
        options.stream().map(WebElement::getText).toList());
    assertEquals("pea", options.get(0).findElement(By.tagName("mark")).getText());
    assertTrue(driver.findElements(By.cssSelector("#suggestions img, #suggestions b")).isEmpty());

    page.type(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", field.getDomAttribute("aria-activedescendant"));
    assertEquals("true", options.get(0).getDomAttribute("aria-selected"));
    page.type(Keys.ARROW_UP);
    assertEquals("suggestion-2", field.getDomAttribute("aria-activedescendant"));
    page.type(Keys.ARROW_UP);
    assertEquals("suggestion-1", field.getDomAttribute("aria-activedescendant"));
    page.screenshot("suggestions");

    page.type(Keys.ESCAPE);
    assertEquals("false", field.getDomAttribute("aria-expanded"));
    assertNull(field.getDomAttribute("aria-activedescendant"));
    assertEquals("pea", field.getDomProperty("value"));

    page.type(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
    page.waitForUrl(url -> url.endsWith("/?q=peace+talks"));
    assertEquals("peace talks", field.getDomProperty("value"));
    assertEquals("false", field.getDomAttribute("aria-expanded"));
  }

  @Test
  void sectionFacetsNarrowTheResultsAndCombineWithOr() {
    page.open("/");
    Map<String, Long> allYears = page.yearCounts();

    page.sectionCheckbox("Science").click();
    page.waitForUrl(url -> url.endsWith("/?section=Science"));
    assertEquals(10, page.total());
    Map<String, Long> scienceYears = page.yearCounts();
    assertNotEquals(allYears, scienceYears);
    assertEquals(10, scienceYears.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(page.sectionCheckbox("Science").isSelected());
    assertEquals(
        "section:Science",
        page.js("return document.activeElement.dataset.focusKey;"),
        "focus stays on the checkbox although the tree was drawn again");

    page.sectionCheckbox("Sport").click();
    page.waitForUrl(url -> url.endsWith("/?section=Science&section=Sport"));
    assertEquals(10 + 7, page.total());
    assertEquals(17, page.yearCounts().values().stream().mapToLong(Long::longValue).sum());
    for (WebElement hit : page.hits()) {
      String crumbs = textOf(hit.findElement(By.className("crumbs")));
      assertTrue(crumbs.startsWith("Science › ") || crumbs.startsWith("Sport › "), crumbs);
    }
    assertEquals(
        List.of("Science", "Sport"),
        driver.findElements(By.cssSelector("#chip-list .chip-label")).stream()
            .map(WebElement::getText)
            .toList());
    page.screenshot("section-facets");
  }

  @Test
  void dateRangeCombinesWithASectionFilter() throws Exception {
    page.open("/?section=Science&section=Sport");

    driver.findElement(By.id("from")).sendKeys("2020");
    driver.findElement(By.id("to")).sendKeys("2022-12-31");
    driver.findElement(By.cssSelector("#date-range button[type=submit]")).click();

    page.waitForUrl(url -> url.contains("to=2022-12-31"));
    assertTrue(
        driver
            .getCurrentUrl()
            .endsWith("/?section=Science&section=Sport&from=2020-01-01&to=2022-12-31"),
        driver.getCurrentUrl());
    JsonObject api =
        apiSearch("q=&section=Science&section=Sport&from=2020-01-01&to=2022-12-31&sort=date");
    assertEquals(api.get("total").getAsLong(), page.total());
    assertEquals(5, page.total());
    for (WebElement time : driver.findElements(By.cssSelector("#results time"))) {
      String date = time.getDomAttribute("datetime");
      assertTrue(date.compareTo("2020-01-01") >= 0 && date.compareTo("2022-12-31") <= 0, date);
    }
    assertEquals(
        List.of("Science", "Sport", "From 1 January 2020", "To 31 December 2022"),
        driver.findElements(By.cssSelector("#chip-list .chip-label")).stream()
            .map(WebElement::getText)
            .toList());

    driver.findElement(By.cssSelector("[aria-label='Remove filter: section Sport']")).click();
    page.waitForUrl(url -> url.endsWith("/?section=Science&from=2020-01-01&to=2022-12-31"));
    assertEquals(
        apiSearch("q=&section=Science&from=2020-01-01&to=2022-12-31").get("total").getAsLong(),
        page.total());
  }

  @Test
  void pagingForwardThenBackRestoresEachPage() {
    page.open("/");
    List<String> first = page.hitTitles();
    assertEquals(10, first.size());

    driver.findElement(By.cssSelector("#pager a[aria-label='Page 2']")).click();
    page.waitForUrl(url -> url.endsWith("/?page=2"));
    List<String> second = page.hitTitles();
    assertEquals(
        "page",
        driver
            .findElement(By.cssSelector("#pager [aria-current]"))
            .getDomAttribute("aria-current"));
    driver.findElement(By.linkText("Next")).click();
    page.waitForUrl(url -> url.endsWith("/?page=3"));
    List<String> third = page.hitTitles();
    assertNotEquals(first, second);
    assertNotEquals(second, third);

    driver.navigate().back();
    page.waitForUrl(url -> url.endsWith("/?page=2"));
    assertEquals(second, page.hitTitles());
    assertEquals("2", driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText());

    driver.navigate().back();
    page.waitForUrl(url -> url.endsWith(":" + port() + "/"));
    assertEquals(first, page.hitTitles());

    driver.navigate().forward();
    page.waitForUrl(url -> url.endsWith("/?page=2"));
    assertEquals(second, page.hitTitles());
  }

  @Test
  void theServedPageSizeDepthAndRelatedCountShapeThePage(@TempDir Path dir) throws Exception {
    SearchConfig small =
        SearchConfig.builder()
            .page(p -> p.pageSize(5).relatedCount(2))
            .limits(l -> l.maxDepth(20))
            .build();
    try (SampleServer limited = SampleServer.start(dir.resolve("index"), small)) {
      SearchPage smallPages = new SearchPage(driver, limited);
      smallPages.open("/");
      assertEquals(56, smallPages.total());
      assertEquals(5, smallPages.hits().size());
      // 56 results of 5 make 12 pages, but page numbers reach only 20 results deep: page 4 is
      // the deepest, and no page is offered as the last.
      smallPages.open("/?page=3");
      assertEquals(
          List.of("1", "2", "3", "4"),
          driver.findElements(By.cssSelector("#pager .pager-number")).stream()
              .map(WebElement::getText)
              .toList());
      assertTrue(driver.findElement(By.id("pager-note")).getText().startsWith("Only the first 20"));

      smallPages.open(
          smallPages
              .hits()
              .get(0)
              .findElement(By.cssSelector("a[href^='/article/']"))
              .getDomAttribute("href"));
      smallPages.waitUntil(d -> !d.findElements(By.cssSelector(".related-list li")).isEmpty());
      assertEquals(2, driver.findElements(By.cssSelector(".related-list li")).size());
    }
  }

  @Test
  void aMisspeltQueryShowsResultsForItsCorrectionAndALinkToSearchAsTyped() {
    page.open("/");
    page.type("treatty", Keys.ENTER);
    page.waitForUrl(url -> url.endsWith("?q=treatty"));
    page.waitUntil(d -> d.findElement(By.id("did-you-mean")).isDisplayed());
    WebElement spelling = driver.findElement(By.id("did-you-mean"));
    assertEquals("Showing results for treaty · Search instead for treatty", spelling.getText());
    assertEquals(4, page.hits().size());
    assertEquals(
        "treaty", driver.findElement(By.cssSelector("#results .hit-title mark")).getText());
    page.screenshot("showing-results-for");

    spelling.findElement(By.cssSelector("a.original-query")).click();
    page.waitForUrl(url -> url.endsWith("?q=treatty&spell=exact"));
    page.waitUntil(d -> d.findElement(By.id("did-you-mean")).getText().startsWith("Did you"));
    assertEquals("Did you mean treaty?", driver.findElement(By.id("did-you-mean")).getText());
    assertEquals(0, page.hits().size());

    driver.findElement(By.cssSelector("#did-you-mean button")).click();
    page.waitForUrl(url -> url.endsWith("?q=treaty"));
    assertFalse(driver.findElement(By.id("did-you-mean")).isDisplayed());
    assertEquals(4, page.hits().size());
  }

  @Test
  void theUndatedValueFollowsTheYearsAndFiltersToArticlesWithoutADate() {
    page.open("/");
    // The sample's articles all have dates, so the answer is given undated ones to count.
    page.editSearches(
        "", "body.facets.undated = u.searchParams.get('undated') === 'only' ? 3 : 2;");
    page.type("treaty", Keys.ENTER);
    page.waitUntil(d -> !d.findElements(By.cssSelector("#years .facet-undated")).isEmpty());
    WebElement undated = driver.findElement(By.cssSelector("#years .facet-undated"));
    assertEquals("Undated", undated.findElement(By.className("facet-label")).getText());
    assertEquals(
        undated,
        driver.findElements(By.cssSelector("#years .facet-button")).getLast(),
        "after the years");

    undated.click();
    page.waitForUrl(url -> url.endsWith("?q=treaty&undated=only"));
    page.waitUntil(
        d ->
            "true"
                .equals(
                    d.findElement(By.cssSelector("#years .facet-undated"))
                        .getDomAttribute("aria-pressed")));
    assertEquals(0, page.hits().size());
  }

  @Test
  void recentPeriodsSetTheStartOfTheDateRange() {
    page.open("/");
    // The sample's newest story is older than a year, so the periods are given counts here.
    page.editSearches(
        "",
        """
        body.facets.recent = [
          {value: 'day', count: 0, from: '2025-06-30'},
          {value: 'year', count: 7, from: '2021-01-01'}];
        """);
    page.type("treaty", Keys.ENTER);
    page.waitForUrl(url -> url.endsWith("?q=treaty"));
    WebElement recent = driver.findElement(By.id("recent"));
    assertEquals(1, recent.findElements(By.tagName("button")).size());
    WebElement pastYear = recent.findElement(By.tagName("button"));
    assertTrue(pastYear.getText().startsWith("Past year"), pastYear.getText());
    pastYear.click();
    page.waitForUrl(url -> url.contains("from=2021-01-01"));
    assertEquals(
        "true",
        driver
            .findElement(By.id("recent"))
            .findElement(By.tagName("button"))
            .getAttribute("aria-pressed"));
  }

  @Test
  void narrowWindowFoldsTheFiltersAwayBehindAToggle() {
    driver.manage().window().setSize(PHONE);
    page.open("/?q=peace");
    WebElement toggle = driver.findElement(By.id("filters-toggle"));
    WebElement filters = driver.findElement(By.id("filters"));
    assertTrue(toggle.isDisplayed());
    assertFalse(filters.isDisplayed());

    toggle.click();

    assertEquals("true", toggle.getDomAttribute("aria-expanded"));
    assertTrue(filters.isDisplayed());
    assertEquals("filters-title", page.js("return document.activeElement.id;"));
    driver.findElement(By.id("filters-close")).click();
    assertFalse(filters.isDisplayed());
    assertEquals("false", toggle.getDomAttribute("aria-expanded"));
  }

  /**
   * The screenshots of the documentation, of the sample at desktop and phone sizes; {@code
   * docs/screenshots.sh} runs this test and copies them into {@code docs/}.
   */
  @Test
  void screenshotsOfTheDesktopAndThePhone() {
    page.viewport(1366, 900);
    page.open("/");
    page.screenshot("docs-desktop");
    page.viewport(PHONE.width, PHONE.height);
    page.open("/?q=market");
    page.screenshot("docs-phone");
    driver.findElement(By.id("filters-toggle")).click();
    page.screenshot("docs-phone-filters");
    assertTrue(driver.findElement(By.id("filters-done")).getText().startsWith("Show "));
  }
}
