package newsearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import newsearch.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page's static files cannot be walked out of {@code web/}: not to the file system, and not to
 * the rest of the classpath (classes, logging configuration), however the way out is spelt.
 */
class StaticFilesTest {

  @RegisterExtension
  static final SharedServer SERVER =
      new SharedServer(List.of(TestIndex.article("a", "Harbour", "Boats.")));

  @Test
  void filesInsideTheRootAreServed() throws IOException {
    RawHttp.Answer script = RawHttp.get(SERVER.running().server().port(), "/js/app.js");
    assertEquals(200, script.status());
    assertEquals(200, RawHttp.get(SERVER.running().server().port(), "/js/../styles.css").status());
  }

  @Test
  void anArticleAddressServesOnlyThePageWhateverTheIdSays() throws IOException {
    RawHttp.Answer page = RawHttp.get(SERVER.running().server().port(), "/");
    RawHttp.Answer view =
        RawHttp.get(SERVER.running().server().port(), "/article/..%2f..%2f..%2flogback-test.xml");
    assertEquals(200, view.status());
    assertEquals(page.body(), view.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/.%2e/.%2e/.%2e/.%2e/etc/passwd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/file:///etc/passwd",
        "/..\\..\\..\\..\\etc\\passwd",
        "/..%5c..%5c..%5c..%5cetc%5cpasswd",
        "/C:/Windows/win.ini",
        "http://127.0.0.1/../../../../etc/passwd",
        "/../logback-test.xml",
        "/%2e%2e/logback-test.xml",
        "/js/../../logback-test.xml",
        "/js/%2e%2e/%2e%2e/logback-test.xml",
        "/..%2flogback-test.xml",
        "/..\\logback-test.xml",
        "/../newsearch/server/SearchServer.class",
        "/js/..%2f..%2fnewsearch/server/SearchServer.class",
        "/../META-INF/MANIFEST.MF"
      })
  void waysOutOfTheRootAreNotFoundOrBadRequests(String target) throws IOException {
    RawHttp.Answer answer = RawHttp.get(SERVER.running().server().port(), target);
    assertTrue(
        answer.status() == 404 || answer.status() == 400,
        target + " answered " + answer.status() + ":\n" + answer.head());
    assertFalse(answer.body().contains("root:"), target + " served /etc/passwd");
    assertFalse(answer.body().contains("<configuration>"), target + " served logback-test.xml");
    assertFalse(answer.body().contains("\u00ca\u00fe\u00ba\u00be"), target + " served a class");
    assertFalse(answer.body().contains("Manifest-Version"), target + " served a manifest");
  }
}
