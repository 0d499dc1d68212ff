package newsearch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as the browser tests see it: what a reader does (open, type, click) and what they
 * read (summary, hits, facets), each action waiting until the page has drawn its answer.
 */
final class SearchPage {

  /** Where screenshots of the page's main states are saved, under the module's target folder. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(50);

  private final ChromeDriver driver;
  private final UnaryOperator<String> urls;
  private final WebDriverWait wait;

  SearchPage(ChromeDriver driver, SampleServer server) {
    this(driver, server::url);
  }

  /** The page of any server, whose absolute URL of a path and query {@code urls} gives. */
  SearchPage(ChromeDriver driver, UnaryOperator<String> urls) {
    this.driver = driver;
    this.urls = urls;
    this.wait = new WebDriverWait(driver, TIMEOUT, POLL);
  }

  /** Loads an address of the page, as a shared link would, and waits for it to render. */
  void open(String pathAndQuery) {
    driver.get(urls.apply(pathAndQuery));
    waitUntilIdle();
  }

  /**
   * Waits until nothing is loading: the page marks results and articles aria-busy from the moment a
   * search or load starts until it is drawn.
   */
  void waitUntilIdle() {
    wait.until(
        d ->
            (Boolean)
                js(
                    "return document.readyState === 'complete'"
                        + " && document.querySelector('[aria-busy]') === null;"));
  }

  /** Waits until the address matches, then until the page has drawn that state. */
  void waitForUrl(Predicate<String> matches) {
    new WebDriverWait(driver, TIMEOUT, POLL)
        .withMessage(() -> "the address stayed " + driver.getCurrentUrl())
        .until(d -> matches.test(d.getCurrentUrl()));
    waitUntilIdle();
  }

  /** Waits for any condition on the page. */
  void waitUntil(Predicate<ChromeDriver> condition) {
    wait.until(d -> condition.test(driver));
  }

  WebElement searchField() {
    return driver.findElement(By.id("q"));
  }

  /** Types into the search field, as a reader does, without pressing Enter. */
  void type(CharSequence... keys) {
    searchField().sendKeys(keys);
  }

  String summary() {
    return driver.findElement(By.id("summary")).getText();
  }

  /** The total from the summary line ("48 articles …", "Showing 1–10 of 48 articles …"). */
  long total() {
    return Long.parseLong(
        summary()
            .replaceAll("^(?:Showing [\\d,]+–[\\d,]+ of )?([\\d,]+) .*$", "$1")
            .replace(",", ""));
  }

  List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#results > li.hit"));
  }

  List<String> hitTitles() {
    return driver.findElements(By.cssSelector("#results .hit-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The section checkbox for a path such as {@code News > Japan}. */
  WebElement sectionCheckbox(String path) {
    return driver.findElements(By.cssSelector("#sections input[type=checkbox]")).stream()
        .filter(box -> ("section:" + path).equals(box.getDomAttribute("data-focus-key")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section checkbox for " + path));
  }

  /** The year buttons' labels and counts, in page order. */
  Map<String, Long> yearCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (WebElement button : driver.findElements(By.cssSelector("#years .facet-button"))) {
      counts.put(
          button.findElement(By.className("facet-label")).getText(),
          Long.parseLong(
              button.findElement(By.className("count")).getText().replaceAll("\\D", "")));
    }
    return counts;
  }

  /** Runs a script in the page and returns its value. */
  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * From now on the page's fetches for which {@code matches} (a JavaScript test of {@code url}) is
   * true are answered with {@code json} (a JavaScript expression of the body) without the service.
   */
  void answerFetches(String matches, String json) {
    js(
        """
        const realFetch = window.fetch.bind(window);
        window.fetch = (url, options) => (%s)
          ? Promise.resolve(new Response(JSON.stringify(%s),
              {headers: {'Content-Type': 'application/json'}}))
          : realFetch(url, options);
        """
            .formatted(matches, json));
  }

  /**
   * From now on the page's searches run {@code request} (JavaScript that may change the URL {@code
   * u}) before they go to the service, and {@code response} (JavaScript that may change its JSON
   * {@code body}) before the answer reaches the page; the two share one scope.
   */
  void editSearches(String request, String response) {
    js(
        """
        const realFetch = window.fetch.bind(window);
        window.fetch = async (url, options) => {
          const u = new URL(url, location.href);
          if (u.pathname !== '/api/search') return realFetch(url, options);
          %s
          const body = await (await realFetch(u.pathname + u.search, options)).json();
          %s
          return new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}});
        };
        """
            .formatted(request, response));
  }

  /** Runs an asynchronous script; it reports its value through the callback passed last. */
  Object asyncJs(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  /**
   * Makes the page's viewport exactly {@code width} by {@code height} CSS pixels, as on a device of
   * that size, whatever the window around it; {@link #clearViewport} ends it.
   */
  void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** The viewport follows the window again. */
  void clearViewport() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Saves a PNG of the window as {@code target/screenshots/<name>.png}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
