package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the page tells a reader when something cannot be done, in a real headless Chromium over the
 * bundled sample: sentences in the reader's words, never the service's own text; and dates that
 * cannot be a range are explained beside the fields and never sent.
 */
class ReaderMessagesIT extends BrowserTest {

  private String errorText() {
    return driver.findElement(By.cssSelector("#message .error-text")).getText();
  }

  /** Counts the searches the page sends from now on, in window.searchesSent. */
  private void countSearches() {
    page.editSearches("window.searchesSent = (window.searchesSent || 0) + 1;", "");
  }

  private long searchesSent() {
    Object sent = page.js("return window.searchesSent || 0;");
    return ((Number) sent).longValue();
  }

  private void applyDates(String from, String to) {
    WebElement fromField = driver.findElement(By.id("from"));
    WebElement toField = driver.findElement(By.id("to"));
    fromField.clear();
    fromField.sendKeys(from);
    toField.clear();
    toField.sendKeys(to);
    driver.findElement(By.cssSelector("#date-range button[type=submit]")).click();
  }

  @Test
  void anInvertedRangeIsExplainedBesideTheDatesAndNeverSent() {
    page.open("/?q=treaty");
    countSearches();
    String before = driver.getCurrentUrl();

    applyDates("2022-05-01", "2020-01-31");

    WebElement error = driver.findElement(By.id("date-error"));
    assertTrue(error.isDisplayed());
    assertEquals(
        "The start, 1 May 2022, is after the end, 31 January 2020. Swap them, or change one.",
        error.getText());
    assertEquals("", driver.findElement(By.id("from")).getDomAttribute("aria-invalid"));
    assertEquals(before, driver.getCurrentUrl());
    assertEquals(0, searchesSent());
    assertFalse(driver.findElement(By.id("message")).isDisplayed());
    page.screenshot("inverted-dates");
  }

  @Test
  void aDateInAnotherFormIsExplainedAndAYearOrMonthTakesAllOfIt() {
    page.open("/");
    applyDates("10/20/2019", "");
    assertEquals(
        "\"10/20/2019\" is not a date. Write it as year-month-day, like 1987-10-20.",
        driver.findElement(By.id("date-error")).getText());

    applyDates("2019-03", "2019-03");
    page.waitForUrl(url -> url.endsWith("/?from=2019-03-01&to=2019-03-31"));
    assertFalse(driver.findElement(By.id("date-error")).isDisplayed());
    assertEquals(
        List.of("March 2019"),
        driver.findElements(By.cssSelector("#chip-list .chip-label")).stream()
            .map(WebElement::getText)
            .toList());
  }

  @Test
  void aYearAndAMonthAndADayAreEachOneChip() {
    page.open("/?from=2021-01-01&to=2021-12-31");
    assertEquals("2021", driver.findElement(By.cssSelector("#chip-list .chip-label")).getText());
    page.open("/?from=2021-10-01&to=2021-10-31");
    assertEquals(
        "October 2021", driver.findElement(By.cssSelector("#chip-list .chip-label")).getText());
    page.open("/?from=2021-10-20&to=2021-10-20");
    assertEquals(
        "20 October 2021", driver.findElement(By.cssSelector("#chip-list .chip-label")).getText());
    assertEquals(1, driver.findElements(By.cssSelector("#chip-list .chip")).size());
  }

  @Test
  void aPageTooDeepIsExplainedWithAWayBackNotTheServersText() throws Exception {
    assertTrue(server.get("/api/search?q=&page=1001").body().contains("page × size"));
    page.open("/?page=1001");
    assertEquals(
        "Results this far down cannot be shown. Narrow the search with a section or a date"
            + " range, or change the order.",
        errorText());
    assertFalse(driver.findElement(By.id("message")).getText().contains("page × size"));
    driver.findElement(By.linkText("Go to the first page")).click();
    page.waitForUrl(url -> url.endsWith(":" + port() + "/"));
    assertEquals(56, page.total());
  }

  @Test
  void aMissingArticleIsExplainedNotTheServersText() {
    page.open("/article/no-such-story");
    WebElement message = driver.findElement(By.cssSelector("#article-view .message"));
    assertEquals(
        "This article is not in the archive.\n"
            + "The link may be mistyped, or the article was removed.",
        message.getText());
    assertFalse(message.getText().contains("no article with id"));
  }

  @Test
  void anUnreachableServiceIsExplainedInWords() {
    page.open("/");
    page.editSearches("throw new TypeError('Failed to fetch');", "");
    page.type("treaty");
    page.waitUntil(d -> d.findElement(By.id("message")).isDisplayed());
    assertEquals(
        "The archive could not be reached. Check your connection and try again.", errorText());
  }
}
