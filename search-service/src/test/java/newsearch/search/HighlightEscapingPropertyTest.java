package newsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import newsearch.search.highlight.MarkedPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;

/**
 * Highlights are safe HTML whatever the article and the query: the only tags in them are {@code
 * <mark>} and {@code </mark>}, properly paired, and taking the marks out and unescaping gives back
 * the article's own text.
 */
class HighlightEscapingPropertyTest {

  private static final Pattern MARKS = Pattern.compile("</?mark>");
  private static final Pattern PAIRED = Pattern.compile("(?:[^<]|<mark>[^<]+</mark>)*");

  /** Text a hostile article is made of: markup, entities, quotes, unicode, control characters. */
  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "<",
            ">",
            "&",
            "\"",
            "'",
            "<mark>",
            "</mark>",
            "<script>alert(1)</script>",
            "&lt;",
            "&amp;amp;",
            "<img src=x onerror=alert(1)>",
            "javascript:",
            "\u0000",
            "\u202e",
            "\ud83d\ude00",
            "é",
            " ",
            "  ",
            "\n",
            "\t",
            ". ",
            "harbour",
            "treaty",
            "peace",
            "Harbour",
            "ships",
            "U.S.-Japan",
            "x");
    return pieces.list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 1_000)
  void formattedPassagesHoldOnlyMarksAroundEscapedText(
      @ForAll("hostileText") String content,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> cuts) {
    int length = content.length();
    List<Integer> offsets = new ArrayList<>();
    cuts.forEach(c -> offsets.add(c % (length + 1)));
    offsets.sort(Comparator.naturalOrder());
    Passage passage = new Passage();
    int start = offsets.isEmpty() ? 0 : offsets.get(0);
    passage.setStartOffset(start);
    passage.setEndOffset(length);
    for (int i = 0; i + 1 < offsets.size(); i += 2) {
      passage.addMatch(offsets.get(i), offsets.get(i + 1), new BytesRef("t"), 1);
    }
    String html = new MarkedPassageFormatter().format(new Passage[] {passage}, content).get(0);

    assertOnlyPairedMarks(html);
    assertEquals(content.substring(start).strip(), plain(html).strip());
  }

  @Property(tries = 40)
  void searchHighlightsOfHostileArticlesGiveBackTheArticleText(
      @ForAll("hostileText") String title,
      @ForAll("hostileText") String body,
      @ForAll("hostileText") String query)
      throws IOException {
    Path dir = Files.createTempDirectory("highlight-properties");
    try (NewsSearcher searcher =
        TestIndex.open(
            dir,
            List.of(TestIndex.article("a", "harbour " + title, body + " treaty")),
            SearchConfig.DEFAULTS)) {
      SearchResponse response =
          searcher.search(SearchRequest.of(query.length() > 900 ? "harbour" : query, 10));
      for (Hit hit : response.hits()) {
        assertOnlyPairedMarks(hit.highlights().title());
        String marked = plain(hit.highlights().title());
        assertTrue(hit.title().contains(marked), marked + " is not from the title " + hit.title());
        for (String fragment : hit.highlights().body()) {
          assertOnlyPairedMarks(fragment);
          assertTrue(
              (body + " treaty").contains(plain(fragment)),
              "fragment " + fragment + " is not from the body " + body);
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void assertOnlyPairedMarks(String html) {
    assertFalse(MARKS.matcher(html).replaceAll("").contains("<"), html);
    assertFalse(MARKS.matcher(html).replaceAll("").contains(">"), html);
    assertTrue(PAIRED.matcher(html).matches(), "unpaired or nested marks in " + html);
  }

  /** The text of a highlight: marks taken out, entities turned back into characters. */
  private static String plain(String html) {
    return MARKS
        .matcher(html)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
