package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

  @Test
  void escapesTheFiveMarkupCharactersAndNothingElse() {
    assertEquals("&amp; &lt; &gt; &quot; &#39;", HtmlEscaper.escape("& < > \" '"));
    assertEquals("Café — 10% / 5 = ½", HtmlEscaper.escape("Café — 10% / 5 = ½"));
    assertEquals("&amp;amp;", HtmlEscaper.escape("&amp;"));
  }

  @Test
  void escapesOnlyTheGivenRange() {
    StringBuilder out = new StringBuilder("<mark>");
    HtmlEscaper.escape("a<b>&c", 1, 5, out);
    assertEquals("<mark>&lt;b&gt;&amp;", out.toString());
  }

  @Test
  void unescapingGivesBackWhatWasEscaped() {
    for (String text :
        new String[] {"& < > \" '", "&amp; &lt;", "Japan's \"peace\" <treaty>", ""}) {
      assertEquals(text, HtmlEscaper.unescape(HtmlEscaper.escape(text)));
    }
    assertEquals("AT&T", HtmlEscaper.unescape("AT&amp;T"));
  }
}
