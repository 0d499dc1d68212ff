package newsearch.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver, started with the paths set explicitly so that
 * Selenium never tries to download a browser or a driver.
 */
final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** The desktop window size used for the tests and their screenshots. */
  static final Dimension DESKTOP = new Dimension(1280, 900);

  private HeadlessChromium() {}

  /** What to run to install the browser and its driver on Debian. */
  static final String INSTALL = "apt-get install chromium chromium-driver";

  /**
   * Checks that the browser and its driver are installed. Without them a browser suite fails under
   * CI, which must never pass without having run it, and is skipped elsewhere; either way the
   * message says what to install.
   */
  static void requireInstalled() {
    requireInstalled(BROWSER, DRIVER, TestEnvironment.ci());
  }

  /** {@link #requireInstalled()} for a browser and a driver at these paths. */
  static void requireInstalled(Path browser, Path driver, boolean ci) {
    if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
      return;
    }
    String missing =
        "the browser tests need " + browser + " and " + driver + "; install them with: " + INSTALL;
    if (ci) {
      Assertions.fail(missing + " (CI=true: browser tests may not be skipped)");
    }
    Assumptions.abort(missing);
  }

  /**
   * Starts a browser with a fresh profile in {@code profileDir}. Alerts are left open rather than
   * dismissed, so that a test can see one that a script should never have opened.
   */
  static ChromeDriver start(Path profileDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--lang=en-US",
        "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
        "--user-data-dir=" + profileDir.toAbsolutePath());
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }
}
