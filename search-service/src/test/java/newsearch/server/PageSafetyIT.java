package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search page keeps text from the index and the reader inert, and explains failures: checked in
 * a real headless Chromium. Needs Chromium and chromedriver, as every {@link BrowserTest}.
 */
class PageSafetyIT extends BrowserTest {

  @Test
  void xssQueryIsShownAsTextAndNeverRuns() {
    String attack = "<img src=x onerror=alert(1)>";
    page.open("/");

    page.type(attack, Keys.ENTER);
    page.waitForUrl(url -> url.contains("onerror"));

    assertTrue(page.summary().contains("“" + attack + "”"), page.summary());
    assertEquals(
        "No articles match “"
            + attack
            + "”.\nCheck the spelling, try fewer or more general words, or remove a filter.",
        driver.findElement(By.id("message")).getText());
    assertTrue(driver.findElements(By.tagName("img")).isEmpty());
    assertNoAlert();

    page.open("/?q=" + java.net.URLEncoder.encode(attack, StandardCharsets.UTF_8));
    assertEquals(attack, page.searchField().getDomProperty("value"));
    assertTrue(driver.getTitle().startsWith(attack), driver.getTitle());
    assertTrue(driver.findElements(By.tagName("img")).isEmpty());
    assertNoAlert();
    page.screenshot("xss-query");
  }

  @Test
  void highlightFragmentsAllowOnlyMarkTags() {
    page.open("/");
    @SuppressWarnings("unchecked")
    List<Object> checked =
        (List<Object>)
            page.asyncJs(
                """
                const done = arguments[arguments.length - 1];
                import('/js/dom.js').then(({ markedText }) => done([
                  '<mark>peace</mark> &lt;b&gt; &amp; &quot;q&quot; &#39;s',
                  '<img src=x onerror=alert(1)>',
                  'a <mark>b <mark>c</mark></mark>',
                  '<mark>open',
                  'close</mark>',
                  'bare & ampersand',
                  '<MARK>upper</MARK>',
                ].map((fragment) => {
                  const nodes = markedText(fragment);
                  if (nodes === null) return null;
                  const box = document.createElement('div');
                  box.append(nodes);
                  return box.innerHTML;
                })));
                """);

    assertEquals(
        java.util.Arrays.asList(
            "<mark>peace</mark> &lt;b&gt; &amp; \"q\" 's", null, null, null, null, null, null),
        checked);
  }

  @Test
  void serverErrorAndNetworkFailureAreExplainedInWords() {
    page.open("/?q=treaty&from=2020-13-01");
    WebElement message = driver.findElement(By.cssSelector("#message[role=alert]"));
    assertEquals(
        "The search could not be run.\n"
            + "A date could not be read. Write dates as year-month-day, like 1987-10-20.",
        message.getText());
    assertTrue(page.hits().isEmpty());
    page.screenshot("error");

    page.js("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
    page.type(Keys.chord(Keys.CONTROL, "a"), "peace", Keys.ENTER);
    page.waitForUrl(url -> url.contains("q=peace"));
    assertTrue(
        driver
            .findElement(By.cssSelector("#message[role=alert]"))
            .getText()
            .contains("The archive could not be reached. Check your connection and try again."));
  }
}
