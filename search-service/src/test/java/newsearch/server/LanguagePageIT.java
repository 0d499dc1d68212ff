package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The search page's language filter and query language in a real headless Chromium over the bundled
 * sample (48 English articles, two each in Spanish, Portuguese, French and German).
 */
class LanguagePageIT extends BrowserTest {

  private Map<String, Long> languageCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (WebElement button : driver.findElements(By.cssSelector("#languages .facet-button"))) {
      counts.put(
          button.findElement(By.className("facet-label")).getText(),
          Long.parseLong(
              button.findElement(By.className("count")).getText().replaceAll("\\D", "")));
    }
    return counts;
  }

  private WebElement languageButton(String code) {
    return driver.findElements(By.cssSelector("#languages .facet-button")).stream()
        .filter(b -> ("language:" + code).equals(b.getDomAttribute("data-focus-key")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no language button for " + code));
  }

  @Test
  void theLanguageFacetShowsEachLanguageByItsOwnNameAndFilters() {
    page.open("/");
    assertEquals(
        Map.of("English", 48L, "Deutsch", 2L, "Español", 2L, "Français", 2L, "Português", 2L),
        languageCounts());
    assertEquals(
        List.of("English", "Deutsch", "Español", "Français", "Português"),
        List.copyOf(languageCounts().keySet()));

    languageButton("es").click();
    page.waitForUrl(url -> url.endsWith("/?language=es"));
    assertEquals(2, page.total());
    assertEquals("true", languageButton("es").getDomAttribute("aria-pressed"));
    assertEquals("Español", driver.findElement(By.cssSelector("#chip-list .chip-label")).getText());

    languageButton("pt").click();
    page.waitForUrl(url -> url.endsWith("/?language=es&language=pt"));
    assertEquals(4, page.total());
  }

  @Test
  void theQueryLanguageChoiceSearchesThatLanguagesAnalysis() {
    page.open("/?q=elecci%C3%B3n+alcaldesas");
    Select queryLanguage = new Select(driver.findElement(By.id("query-lang")));
    assertEquals("", queryLanguage.getFirstSelectedOption().getDomAttribute("value"));

    queryLanguage.selectByValue("es");
    page.waitForUrl(url -> url.endsWith("lang=es"));
    assertEquals(
        "Valdemora elige a su primera alcaldesa en unas elecciones muy ajustadas",
        page.hitTitles().get(0));
    assertEquals(1, page.total());
  }
}
