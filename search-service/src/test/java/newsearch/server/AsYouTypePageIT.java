package newsearch.server;

import static newsearch.search.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsearch.schema.Article;
import newsearch.search.SearchConfig;
import newsearch.search.SectionNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Results as the reader types, in a real headless Chromium: the page sends the half-typed last word
 * as a beginning ({@code partial=true}) while typing and the words as typed on Enter, and says when
 * no article holds every word.
 */
class AsYouTypePageIT extends BrowserTest {

  private static SampleServer prices;
  private SearchPage pages;

  private static List<Article> articles() {
    List<Article> all = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      all.add(
          article(
              "oil-" + i,
              "Oil prices move on day " + i,
              "Crude oil prices moved again.",
              "2024-01-" + (10 + i),
              "Business"));
    }
    all.add(article("pipe", "Oil pipeline opens", "A new oil pipeline.", "2024-02-01", "Business"));
    all.add(article("press", "Press freedom report", "The press report.", "2024-02-02", "News"));
    return all;
  }

  @BeforeAll
  static void startPrices(@TempDir Path dir) throws Exception {
    prices =
        SampleServer.over(
            dir.resolve("prices"), articles(), SearchConfig.DEFAULTS, SectionNames.NONE);
  }

  @AfterAll
  static void stopPrices() throws Exception {
    if (prices != null) {
      prices.close();
      prices = null;
    }
  }

  @BeforeEach
  void pricesPage() {
    pages = new SearchPage(driver, prices);
  }

  private List<String> searchesSent() {
    @SuppressWarnings("unchecked")
    List<String> urls =
        (List<String>)
            pages.js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/api/search?'));");
    return urls;
  }

  @Test
  void typingOilPrShowsOilPriceResultsAndEnterSearchesTheWordsAsTyped() {
    pages.open("/");
    pages.type("oil pr");
    pages.waitForUrl(url -> url.endsWith("/?q=oil+pr"));
    pages.waitUntilIdle();

    assertEquals(11, pages.total());
    assertTrue(
        pages.hitTitles().stream().allMatch(t -> t.startsWith("Oil prices")),
        "" + pages.hitTitles());
    assertTrue(
        searchesSent().stream()
            .anyMatch(u -> u.contains("q=oil+pr") && u.contains("partial=true")));
    assertTrue(driver.findElement(By.id("relaxed-note")).getDomProperty("hidden").equals("true"));

    pages.type(Keys.ENTER);
    pages.waitUntil(d -> d.findElement(By.id("relaxed-note")).isDisplayed());
    assertEquals(
        "No article has all of these words; showing articles with most of them. Missing: pr",
        driver.findElement(By.id("relaxed-note")).getText());
    assertTrue(
        searchesSent().stream().anyMatch(u -> u.contains("q=oil+pr") && !u.contains("partial")));
  }
}
