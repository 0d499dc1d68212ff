package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Whether the browser suites may run, fail or skip, decided on real files. */
class HeadlessChromiumTest {

  @TempDir Path dir;

  private Path executable(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void underCiAMissingDriverFailsTheSuiteAndSaysWhatToInstall() throws Exception {
    Path browser = executable("chromium");
    Path driver = dir.resolve("chromedriver");

    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () -> HeadlessChromium.requireInstalled(browser, driver, true));

    assertEquals(
        "the browser tests need "
            + browser
            + " and "
            + driver
            + "; install them with: apt-get install chromium chromium-driver"
            + " (CI=true: browser tests may not be skipped)",
        failure.getMessage());
  }

  @Test
  void outsideCiAMissingBrowserSkipsTheSuiteWithTheSameAdvice() throws Exception {
    Path browser = dir.resolve("chromium");
    Path driver = executable("chromedriver");

    TestAbortedException skipped =
        assertThrows(
            TestAbortedException.class,
            () -> HeadlessChromium.requireInstalled(browser, driver, false));

    assertEquals(
        "the browser tests need "
            + browser
            + " and "
            + driver
            + "; install them with: apt-get install chromium chromium-driver",
        skipped.getMessage());
  }

  @Test
  void withBothInstalledTheSuiteRunsEvenUnderCi() throws Exception {
    HeadlessChromium.requireInstalled(executable("chromium"), executable("chromedriver"), true);
  }
}
