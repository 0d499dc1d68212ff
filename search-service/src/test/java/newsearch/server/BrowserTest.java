package newsearch.server;

import com.google.gson.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsearch.schema.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the browser tests: per test class, one real server over the bundled sample and one
 * headless Chromium; each test gets a desktop-sized window and loads the page afresh. Without
 * Chromium or chromedriver the class fails under CI and is skipped elsewhere (see {@link
 * HeadlessChromium#requireInstalled()}).
 */
abstract class BrowserTest {

  static SampleServer server;
  static ChromeDriver driver;
  SearchPage page;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    HeadlessChromium.requireInstalled();
    server = SampleServer.start(dir.resolve("index"));
    driver = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @BeforeEach
  void newPage() {
    driver.manage().window().setSize(HeadlessChromium.DESKTOP);
    page = new SearchPage(driver, server);
    page.clearViewport();
  }

  static int port() {
    return Integer.parseInt(server.url("").replaceAll(".*:(\\d+)$", "$1"));
  }

  /** The text as written in the page, before CSS capitalises it. */
  static String textOf(WebElement element) {
    return element.getDomProperty("textContent");
  }

  static String queryOf(String url) {
    String query = url.substring(url.indexOf("?q=") + 3).replaceAll("&.*", "");
    return URLDecoder.decode(query, StandardCharsets.UTF_8);
  }

  static JsonObject apiSearch(String params) throws Exception {
    return Json.GSON.fromJson(server.get("/api/search?" + params).body(), JsonObject.class);
  }

  static void assertNoAlert() {
    try {
      driver.switchTo().alert();
      throw new AssertionError("a script opened an alert");
    } catch (NoAlertPresentException expected) {
      // Nothing ran.
    }
  }
}
