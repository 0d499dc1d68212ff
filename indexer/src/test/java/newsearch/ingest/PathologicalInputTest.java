package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long lines shaped to make a backtracking pattern slow (long runs of capitals, spaces, names or
 * digits with no ending that matches) are read in linear time.
 */
class PathologicalInputTest {

  /**
   * Linear reading takes milliseconds; a backtracking pattern over {@link #LONG} characters takes
   * minutes. Ten seconds tells the two apart even on a machine busy with other builds.
   */
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static final int LONG = 200_000;

  static Stream<String> lines() {
    return Stream.of(
        "A".repeat(LONG),
        "TOKYO ".repeat(LONG / 6) + "x",
        "TOKYO, " + "1 ".repeat(LONG / 2) + "(Reuters",
        "Tokyo " + "(".repeat(LONG),
        "By " + "Jane ".repeat(LONG / 5) + "doe",
        "By " + "J. ".repeat(LONG / 3) + "x!",
        " ".repeat(LONG) + "|" + " ".repeat(LONG) + "x",
        "7 ".repeat(LONG / 2),
        "We use " + "cookie".repeat(LONG / 6),
        "Sign up " + "newsletter ".repeat(LONG / 11),
        "| Photo" + " ".repeat(LONG),
        "News > ".repeat(LONG / 7),
        "Comments (" + "1".repeat(LONG),
        "<meta " + "charset".repeat(LONG / 7));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void readsAPathologicalLineAsPageAndHtmlQuickly(String line) {
    ArticlePageParser pages = new ArticlePageParser();
    HtmlArticleParser html = new HtmlArticleParser();
    String page = "Harbour Towns Vote to Share One Ferry Service\n\n" + line + "\n";
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            pages.parse(page, null);
          } catch (RejectedInputException rejected) {
            // a rejection is a fine outcome; only the time matters here
          }
          try {
            html.parse("<h1>Title</h1><p>" + line + "</p>", null);
          } catch (RejectedInputException rejected) {
            // as above
          }
        });
    assertTimeoutPreemptively(LIMIT, () -> LenientText.decode(line.getBytes(), true));
  }
}
