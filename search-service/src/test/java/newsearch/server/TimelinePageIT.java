package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import newsearch.schema.Json;
import newsearch.search.SearchConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The timeline chart, the related topics and the trending terms in a real headless Chromium,
 * against a real server over {@link TimelinePageFixture}: every expected figure is the service's
 * own answer for the same search, so the page is checked to show and apply exactly what the API
 * says. Needs Chromium and chromedriver, as every browser suite.
 */
class TimelinePageIT {

  private static RunningServer server;
  private static ChromeDriver driver;
  private SearchPage page;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    HeadlessChromium.requireInstalled();
    server =
        new RunningServer(
            dir.resolve("index"),
            TimelinePageFixture.articles(),
            SearchConfig.DEFAULTS,
            TimelinePageFixture.CLOCK,
            RunningServer.config(),
            AdminConfig.DISABLED);
    driver = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void newPage() {
    driver.manage().window().setSize(HeadlessChromium.DESKTOP);
    page = new SearchPage(driver, path -> url(path));
  }

  @Test
  void chartDrawsOneBarPerBucketWithATableOfTheSameFiguresAndHoverNamesABar() throws Exception {
    JsonObject timeline = api("/api/timeline?q=harbour");
    JsonArray buckets = timeline.getAsJsonArray("buckets");
    String interval = timeline.get("interval").getAsString();
    // Five years of articles: months are the one interval that gives 50 to 200 buckets.
    assertEquals("month", interval);

    page.open("/?q=harbour");

    assertTrue(chart().isDisplayed());
    assertEquals(buckets.size(), bars().size());
    assertEquals("Articles per " + interval, chart().findElement(By.tagName("h2")).getText());
    List<WebElement> rows = chart().findElements(By.cssSelector("table tbody tr"));
    assertEquals(buckets.size(), rows.size());
    for (int i = 0; i < buckets.size(); i++) {
      assertEquals(
          buckets.get(i).getAsJsonObject().get("count").getAsString(),
          textOf(rows.get(i).findElement(By.tagName("td"))),
          "row " + i);
    }
    assertEquals(
        page.total(), sum(buckets, 0, buckets.size() - 1) + timeline.get("undated").getAsLong());
    assertTrue(
        textOf(chart().findElement(By.className("timeline-note")))
            .endsWith(" 2 articles without a date are not shown."),
        textOf(chart().findElement(By.className("timeline-note"))));

    int busiest = busiest(buckets);
    new Actions(driver).moveToElement(bars().get(busiest)).perform();
    WebElement tip = chart().findElement(By.className("timeline-tip"));
    page.waitUntil(d -> tip.isDisplayed());
    assertTrue(
        tip.getText()
            .startsWith(
                periodName(buckets, busiest) + "\n" + count(buckets, busiest) + " articles · "),
        tip.getText());
    page.screenshot("timeline");
  }

  @Test
  void clickingABarFiltersTheResultsToItsBucketAndBackUndoesIt() throws Exception {
    JsonArray buckets = api("/api/timeline?q=harbour").getAsJsonArray("buckets");
    int busiest = busiest(buckets);
    page.open("/?q=harbour");
    long unfiltered = page.total();

    bars().get(busiest).click();

    page.waitForUrl(url -> url.contains("from="));
    assertEquals(
        "/?q=harbour&from=" + start(buckets, busiest) + "&to=" + end(buckets, busiest),
        pathAndQuery());
    assertEquals(sum(buckets, busiest, busiest), page.total());
    for (WebElement time : driver.findElements(By.cssSelector("#results time"))) {
      String date = time.getDomAttribute("datetime");
      assertTrue(date.compareTo(start(buckets, busiest)) >= 0, date);
      assertTrue(date.compareTo(end(buckets, busiest)) <= 0, date);
    }

    driver.navigate().back();
    page.waitForUrl(url -> url.endsWith("/?q=harbour"));
    assertEquals(unfiltered, page.total());
    assertEquals(buckets.size(), bars().size());
  }

  @Test
  void draggingAcrossBarsFiltersTheResultsToTheRange() throws Exception {
    JsonArray buckets = api("/api/timeline?q=harbour").getAsJsonArray("buckets");
    int first = 3;
    int last = 8;
    page.open("/?q=harbour");

    new Actions(driver)
        .clickAndHold(bars().get(first))
        .moveToElement(bars().get(last - 2))
        .moveToElement(bars().get(last))
        .perform();
    assertEquals(
        last - first + 1,
        chart().findElements(By.cssSelector(".timeline-bucket.is-selected")).size());
    page.screenshot("timeline-brush");
    new Actions(driver).release().perform();

    page.waitForUrl(url -> url.contains("from="));
    assertEquals(
        "/?q=harbour&from=" + start(buckets, first) + "&to=" + end(buckets, last), pathAndQuery());
    assertEquals(sum(buckets, first, last), page.total());
  }

  @Test
  void shareToggleRedrawsTheBarsAsSharesAndKeepsItInTheAddress() throws Exception {
    JsonArray buckets = api("/api/timeline?q=harbour").getAsJsonArray("buckets");
    page.open("/?q=harbour");
    List<Double> counts = barHeights();

    measure("share").click();

    page.waitForUrl(url -> url.endsWith("/?q=harbour&chart=share"));
    page.waitUntil(d -> !barHeights().equals(counts));
    List<Double> shares = barHeights();
    page.screenshot("timeline-share");
    assertEquals("true", measure("share").getDomAttribute("aria-pressed"));
    assertEquals("false", measure("count").getDomAttribute("aria-pressed"));
    assertTrue(chart().findElement(By.tagName("h2")).getText().startsWith("Share of all articles"));
    // Bars are drawn to one scale: each bar's height over the tallest is its share over the most.
    double most =
        IntStream.range(0, buckets.size()).mapToDouble(i -> share(buckets, i)).max().orElseThrow();
    double tallest = shares.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    for (int i = 0; i < buckets.size(); i++) {
      assertEquals(share(buckets, i) / most, shares.get(i) / tallest, 0.02, "bar " + i);
    }
    assertNotEquals(counts, shares);

    driver.navigate().back();
    page.waitForUrl(url -> url.endsWith("/?q=harbour"));
    assertEquals(counts, barHeights());
  }

  @Test
  void keyboardMovesAlongTheBarsAndEnterFilters() throws Exception {
    JsonArray buckets = api("/api/timeline?q=harbour").getAsJsonArray("buckets");
    page.open("/?q=harbour");
    page.js("document.getElementById('sort').focus();");
    // Tab from the toolbar reaches the chart's controls, then its one focusable bar.
    press(Keys.TAB);
    assertTrue(activeIsInChart(), "Tab from the sort order goes to the chart");
    while (!activeIsBar()) {
      press(Keys.TAB);
    }
    assertEquals("0", driver.switchTo().activeElement().getDomAttribute("data-index"));

    int chosen = firstBusyFrom(buckets, 2);
    for (int i = 0; i < chosen; i++) {
      press(Keys.ARROW_RIGHT);
    }
    WebElement bar = driver.switchTo().activeElement();
    assertEquals(String.valueOf(chosen), bar.getDomAttribute("data-index"));
    assertTrue(bar.getDomAttribute("aria-label").startsWith(periodName(buckets, chosen) + ": "));
    assertTrue(driver.findElement(By.className("timeline-tip")).isDisplayed());

    press(Keys.ENTER);

    page.waitForUrl(url -> url.contains("from="));
    assertEquals(
        "/?q=harbour&from=" + start(buckets, chosen) + "&to=" + end(buckets, chosen),
        pathAndQuery());
    assertEquals(sum(buckets, chosen, chosen), page.total());
    assertTrue(activeIsBar(), "focus stays on the chart for the next step");
  }

  @Test
  void shiftWithArrowKeysSelectsARangeThatEnterApplies() throws Exception {
    JsonArray buckets = api("/api/timeline?q=harbour").getAsJsonArray("buckets");
    page.open("/?q=harbour");
    page.js("document.querySelector('.timeline-bucket[tabindex=\"0\"]').focus();");

    press(Keys.ARROW_RIGHT);
    new Actions(driver)
        .keyDown(Keys.SHIFT)
        .sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
        .keyUp(Keys.SHIFT)
        .perform();
    assertEquals(3, chart().findElements(By.cssSelector(".timeline-bucket.is-selected")).size());
    press(Keys.ENTER);

    page.waitForUrl(url -> url.contains("from="));
    assertEquals(
        "/?q=harbour&from=" + start(buckets, 1) + "&to=" + end(buckets, 3), pathAndQuery());
    assertEquals(sum(buckets, 1, 3), page.total());
  }

  @Test
  void relatedTopicsAppearUnderTheSearchBoxAndAClickRefinesTheQuery() throws Exception {
    List<String> terms = termsOf(api("/api/terms?q=harbour&size=10"));
    assertFalse(terms.isEmpty(), "the service finds topics for the planted harbour stories");
    page.open("/?q=harbour");

    assertEquals("Related topics", textOf(driver.findElement(By.id("topics-title"))));
    assertEquals(terms, topicChips());

    String first = terms.get(0);
    driver.findElement(By.cssSelector("#topics .topic")).click();

    String refined = "harbour " + (first.contains(" ") ? "\"" + first + "\"" : first);
    page.waitForUrl(
        url -> url.endsWith("?q=" + URLEncoder.encode(refined, StandardCharsets.UTF_8)));
    assertEquals(refined, page.searchField().getDomProperty("value"));
    assertEquals(
        api("/api/search?q=" + URLEncoder.encode(refined, StandardCharsets.UTF_8))
            .get("total")
            .getAsLong(),
        page.total());
  }

  @Test
  void browseViewShowsTrendingTermsThatSearchWhenClicked() throws Exception {
    List<String> trending = termsOf(api("/api/trending?days=7&size=10"));
    assertTrue(trending.contains("icebreaker"), trending.toString());
    page.open("/");

    assertTrue(textOf(driver.findElement(By.id("topics-title"))).startsWith("Trending"));
    assertEquals(trending, topicChips());

    driver
        .findElements(By.cssSelector("#topics .topic"))
        .get(trending.indexOf("icebreaker"))
        .click();

    page.waitForUrl(url -> url.endsWith("/?q=icebreaker"));
    assertEquals(TimelinePageFixture.ICEBREAKER_STORIES, page.total());
    assertEquals("Related topics", textOf(driver.findElement(By.id("topics-title"))));
  }

  @Test
  void aServiceWithoutAnalyticsStillSearchesAndShowsNeitherChartNorChips() throws Exception {
    page.open("/?q=harbour");
    assertTrue(chart().isDisplayed());
    // As an older service answers: no such routes.
    page.js(
        """
        const realFetch = window.fetch.bind(window);
        window.fetch = (url, options) => /^\\/api\\/(timeline|terms|trending)/.test(String(url))
          ? Promise.resolve(new Response('{"error":{"code":"not_found","message":"Not found"}}',
              {status: 404, headers: {'Content-Type': 'application/json'}}))
          : realFetch(url, options);
        """);

    page.type(" ferry", Keys.ENTER);

    page.waitForUrl(url -> url.endsWith("?q=harbour+ferry"));
    assertEquals(api("/api/search?q=harbour+ferry").get("total").getAsLong(), page.total());
    assertEquals(10, page.hits().size());
    assertFalse(chart().isDisplayed());
    assertFalse(driver.findElement(By.id("topics")).isDisplayed());
    assertFalse(driver.findElement(By.id("message")).isDisplayed(), "no error is shown");
  }

  /** Presses keys in whatever has focus, as a reader does. */
  private static void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  private String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.server().port() + pathAndQuery;
  }

  private String pathAndQuery() {
    return driver.getCurrentUrl().substring(url("").length());
  }

  private static JsonObject api(String pathAndQuery) throws Exception {
    var response = server.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
    return Json.GSON.fromJson(response.body(), JsonObject.class);
  }

  private WebElement chart() {
    return driver.findElement(By.id("timeline"));
  }

  private List<WebElement> bars() {
    return driver.findElements(By.cssSelector("#timeline .timeline-bucket"));
  }

  private List<Double> barHeights() {
    return driver.findElements(By.cssSelector("#timeline .timeline-bar")).stream()
        .map(bar -> Double.parseDouble(bar.getDomAttribute("height")))
        .toList();
  }

  private WebElement measure(String which) {
    return chart().findElement(By.cssSelector("[data-measure='" + which + "']"));
  }

  private List<String> topicChips() {
    return driver.findElements(By.cssSelector("#topics .topic")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private boolean activeIsInChart() {
    return (Boolean)
        page.js("return document.getElementById('timeline').contains(document.activeElement);");
  }

  private boolean activeIsBar() {
    return (Boolean) page.js("return document.activeElement.matches('.timeline-bucket');");
  }

  private static String textOf(WebElement element) {
    return element.getDomProperty("textContent");
  }

  private static List<String> termsOf(JsonObject body) {
    return body.getAsJsonArray("terms").asList().stream()
        .map(t -> t.getAsJsonObject().get("term").getAsString())
        .toList();
  }

  private static int busiest(JsonArray buckets) {
    int best = 0;
    for (int i = 1; i < buckets.size(); i++) {
      if (count(buckets, i) > count(buckets, best)) {
        best = i;
      }
    }
    return best;
  }

  /** The first bucket from {@code i} on that holds articles. */
  private static int firstBusyFrom(JsonArray buckets, int i) {
    return IntStream.range(i, buckets.size())
        .filter(b -> count(buckets, b) > 0)
        .findFirst()
        .orElseThrow();
  }

  private static long count(JsonArray buckets, int i) {
    return buckets.get(i).getAsJsonObject().get("count").getAsLong();
  }

  private static double share(JsonArray buckets, int i) {
    return buckets.get(i).getAsJsonObject().get("share").getAsDouble();
  }

  private static long sum(JsonArray buckets, int first, int last) {
    return IntStream.rangeClosed(first, last).mapToLong(i -> count(buckets, i)).sum();
  }

  private static String start(JsonArray buckets, int i) {
    return buckets.get(i).getAsJsonObject().get("start").getAsString();
  }

  /** The last day of bucket {@code i}: the day before the next one starts. */
  private static String end(JsonArray buckets, int i) {
    return LocalDate.parse(start(buckets, i + 1)).minusDays(1).toString();
  }

  /** The name the page gives bucket {@code i} of a monthly timeline ("April 2019"). */
  private static String periodName(JsonArray buckets, int i) {
    LocalDate start = LocalDate.parse(start(buckets, i));
    return start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
  }
}
