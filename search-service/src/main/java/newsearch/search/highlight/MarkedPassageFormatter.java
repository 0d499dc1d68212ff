package newsearch.search.highlight;

import java.util.ArrayList;
import java.util.List;
import newsearch.schema.HtmlEscaper;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighter passages as a list of HTML fragments: every character of the text is escaped,
 * and each match is wrapped in {@code <mark>…</mark>}. Overlapping matches (a phrase and its words)
 * become one mark. Stateless and thread-safe.
 */
public final class MarkedPassageFormatter extends PassageFormatter {

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> fragments = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      fragments.add(fragment(passage, content));
    }
    return fragments;
  }

  private static String fragment(Passage passage, String content) {
    StringBuilder html = new StringBuilder();
    int pos = passage.getStartOffset();
    int i = 0;
    while (i < passage.getNumMatches()) {
      int start = Math.max(passage.getMatchStarts()[i], pos);
      int end = passage.getMatchEnds()[i];
      for (i++; i < passage.getNumMatches() && passage.getMatchStarts()[i] <= end; i++) {
        end = Math.max(end, passage.getMatchEnds()[i]);
      }
      if (end <= start) {
        continue;
      }
      HtmlEscaper.escape(content, pos, start, html);
      html.append("<mark>");
      HtmlEscaper.escape(content, start, end, html);
      html.append("</mark>");
      pos = end;
    }
    HtmlEscaper.escape(content, pos, passage.getEndOffset(), html);
    return html.toString().strip();
  }
}
