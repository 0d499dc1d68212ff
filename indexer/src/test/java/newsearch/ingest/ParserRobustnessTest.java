package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import newsearch.schema.Article;

/**
 * The parsers take any text without throwing anything but {@link RejectedInputException}, always
 * give a reason for a rejection, and finish every input quickly. Inputs are arbitrary strings and
 * strings built from the fragments the parsers look for, so that every rule gets exercised.
 */
class ParserRobustnessTest {

  private static final Duration PER_INPUT = Duration.ofSeconds(2);

  static {
    // The language profiles are read once per JVM, by the first detection; that one-off cost
    // is not the per-input time these properties bound.
    TextLanguage.builtIn();
  }

  private static final int TRIES = 1000;

  private final ArticlePageParser pages = new ArticlePageParser();
  private final HtmlArticleParser html = new HtmlArticleParser();
  private final JsonLinesReader jsonLines = new JsonLinesReader();

  /** A parse that may reject its input. */
  private interface Parse {
    Article run() throws RejectedInputException;
  }

  private static void assertArticleOrReason(Parse parse) {
    assertTimeoutPreemptively(
        PER_INPUT,
        () -> {
          try {
            Article article = parse.run();
            assertNotNull(article.title());
            assertFalse(article.body().isBlank());
          } catch (RejectedInputException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
          }
        });
  }

  @Property(tries = TRIES)
  void pageParserHandlesAnyString(@ForAll String text) {
    assertArticleOrReason(() -> pages.parse(text, null));
  }

  @Property(tries = TRIES)
  void pageParserHandlesPageLikeText(@ForAll("pageText") String text) {
    assertArticleOrReason(() -> pages.parse(text, null));
  }

  @Property(tries = TRIES)
  void htmlParserHandlesAnyString(@ForAll String text) {
    assertArticleOrReason(() -> html.parse(text, null));
  }

  @Property(tries = TRIES)
  void htmlParserHandlesPageLikeMarkup(@ForAll("htmlText") String text) {
    assertArticleOrReason(() -> html.parse(text, "https://example.org/a/b"));
  }

  @Property(tries = TRIES)
  void jsonLinesReaderReportsEveryNonBlankLineOnce(@ForAll("jsonLinesText") String text) {
    CollectingSink sink = new CollectingSink();
    assertTimeoutPreemptively(
        PER_INPUT,
        () -> jsonLines.read(new BufferedReader(new StringReader(text)), Path.of("x.jsonl"), sink));

    long lines = text.lines().count();
    long nonBlank =
        text.replaceFirst("^\uFEFF", "").lines().filter(line -> !line.isBlank()).count();
    assertEquals(nonBlank, sink.articles().size() + sink.rejections().size());
    for (Rejection rejection : sink.rejections()) {
      assertFalse(rejection.detail().isBlank());
      assertTrue(rejection.line() >= 1 && rejection.line() <= lines);
    }
  }

  @Provide
  Arbitrary<String> pageText() {
    return textFrom(
        "News > Japan",
        "Home / World / Asia",
        "Sport | Football",
        "News » Science",
        "Section: World",
        "By Jane Doe",
        "Por Ana García",
        "Published 7 October 2021",
        "Updated: Tue 5 Apr 2022",
        "October 7, 2021 3:14 PM UTC",
        "2021-10-07T09:00:00Z",
        "Publicado 12 octubre 2021",
        "TOKYO (Reuters) -",
        "WASHINGTON — ",
        "RELATED:",
        "Read more: ",
        "Advertisement",
        "Sign up for our newsletter",
        "We use cookies",
        "Comments (3)",
        "© 2021 Example",
        "| Photo: EFE",
        "(Photo credit: ",
        "• ",
        "- ",
        "Harbour Towns Vote to Share One Ferry Service",
        "The council met on Monday.",
        "\n",
        "\n\n",
        " ",
        "\r\n",
        "\t",
        "(",
        ")",
        "-");
  }

  @Provide
  Arbitrary<String> htmlText() {
    return textFrom(
        "<html>",
        "<head>",
        "</head>",
        "<body class=\"has-comments\">",
        "<title>",
        "</title>",
        " | Site",
        "<meta property=\"og:title\" content=\"",
        "<meta property=\"article:published_time\" content=\"",
        "<meta name=\"author\" content=\"",
        "\">",
        "<link rel=\"canonical\" href=\"",
        "<script type=\"application/ld+json\">",
        "</script>",
        "{\"@type\": \"NewsArticle\", \"headline\": \"",
        "\"@graph\": [",
        "{\"@type\": \"BreadcrumbList\", \"itemListElement\": [{\"position\": ",
        "\"author\": [{\"name\": ",
        "[",
        "]",
        "{",
        "}",
        "\"",
        ",",
        "<article>",
        "</article>",
        "<p>",
        "</p>",
        "<h1>",
        "</h1>",
        "<time datetime=\"2021-10-07\">",
        "<nav aria-label=\"breadcrumb\"><ol><li>",
        "</li>",
        "<div class=\"comments\">",
        "<div itemprop=\"articleBody\">",
        "</div>",
        "<figure><figcaption>",
        "<br>",
        "Harbour Towns Vote to Share One Ferry Service",
        "The council met on Monday.",
        "By Jane Doe",
        "Advertisement",
        "\n");
  }

  @Provide
  Arbitrary<String> jsonLinesText() {
    return textFrom(
        "{\"id\": \"1\", \"title\": \"T\", \"body\": \"B\"}",
        "{\"title\": null, \"body\": null}",
        "{\"authors\": [\"A\", 1, null, {}]}",
        "{\"date\": \"2021-13-45\"}",
        "{\"section\": \" > > \"}",
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "null",
        "\uFEFF",
        "\n",
        "\r",
        "\n\n");
  }

  /** Strings of up to 60 pieces, each a given fragment or an arbitrary short string. */
  private static Arbitrary<String> textFrom(String... fragments) {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(fragments)),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }
}
