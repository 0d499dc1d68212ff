package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsearch.schema.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The search page's article view in a real headless Chromium: full text, related stories, and the
 * way back to the results. Needs Chromium and chromedriver, as every {@link BrowserTest}.
 */
class ArticleViewIT extends BrowserTest {

  @Test
  void openingAResultShowsTheFullArticleAndBackReturnsToTheResults() throws Exception {
    page.open("/?q=treaty");
    WebElement firstHit = driver.findElement(By.cssSelector("#results .hit-title a"));
    String title = firstHit.getText();

    firstHit.click();
    page.waitForUrl(url -> url.contains("/article/"));

    String id =
        URLDecoder.decode(
            driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/article/") + 9),
            StandardCharsets.UTF_8);
    JsonObject article =
        Json.GSON.fromJson(server.get("/api/articles/" + id).body(), JsonObject.class);
    assertEquals(title, driver.findElement(By.cssSelector("#article-view h1")).getText());
    List<String> paragraphs =
        driver.findElements(By.cssSelector("#article-view .article-body p")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(paragraphs.size() > 1, paragraphs.toString());
    assertEquals(article.get("body").getAsString().split("\n\n")[0], paragraphs.get(0));
    assertEquals(
        "News › Japan", textOf(driver.findElement(By.cssSelector("#article-view .crumbs"))));
    boolean related = server.get("/api/articles/" + id + "/related").statusCode() == 200;
    page.waitUntil(
        d -> !related || d.findElement(By.cssSelector("#article-view .related")).isDisplayed());
    assertEquals(
        related, driver.findElement(By.cssSelector("#article-view .related")).isDisplayed());
    assertTrue(driver.getTitle().startsWith(title), driver.getTitle());
    assertFalse(driver.findElement(By.id("article-view")).getText().contains("null"));
    page.screenshot("article");

    driver.findElement(By.className("back-link")).click();
    page.waitForUrl(url -> url.endsWith("/?q=treaty"));
    assertEquals(title, page.hitTitles().get(0));
    assertEquals("treaty", page.searchField().getDomProperty("value"));
  }

  @Test
  void relatedStoriesLeadOnAndTheBackLinkStillReturnsToTheSearch() {
    page.open("/?q=treaty");
    // Stands in for the coming /related endpoint: every article is related to the one below.
    page.answerFetches(
        "new URL(url, location.href).pathname.endsWith('/related')",
        """
        {hits: [{
          id: '2017-library-funding', title: 'Libraries turn to volunteers',
          section: 'Culture > Books', date: '2017-04-03', score: 1,
          highlights: {title: 'Libraries', body: []}}]}
        """);
    driver.findElement(By.cssSelector("#results .hit-title a")).click();
    page.waitForUrl(url -> url.contains("/article/"));
    WebElement related = driver.findElement(By.cssSelector("#article-view .related"));
    assertTrue(related.isDisplayed());
    assertEquals("Related stories", textOf(related.findElement(By.tagName("h2"))));

    related.findElement(By.linkText("Libraries turn to volunteers")).click();
    page.waitForUrl(url -> url.endsWith("/article/2017-library-funding"));
    assertEquals(
        "Libraries turn to volunteers as councils cut book budgets",
        driver.findElement(By.cssSelector("#article-view h1")).getText());
    WebElement back = driver.findElement(By.className("back-link"));
    assertTrue(back.getDomProperty("href").endsWith("/?q=treaty"), back.getDomProperty("href"));

    back.click();
    page.waitForUrl(url -> url.endsWith("/?q=treaty"));
    assertEquals(4, page.hits().size());
  }

  @Test
  void articleIdThatIsAUrlReachesTheApiIntact() {
    page.open("/article/https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc");

    WebElement message = driver.findElement(By.cssSelector("#article-view [role=alert]"));
    assertTrue(message.getText().contains("This article is not in the archive."));
    // The reader is told in words; the request the page made shows that the id arrived whole.
    assertFalse(message.getText().contains("no article with id"), message.getText());
    Object asked =
        page.js(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
                + ".filter(p => p.startsWith('/api/articles/') && !p.endsWith('/related'));");
    assertEquals(List.of("/api/articles/https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc"), asked);
  }
}
