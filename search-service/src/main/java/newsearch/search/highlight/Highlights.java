package newsearch.search.highlight;

import java.util.List;
import newsearch.schema.HtmlEscaper;

/**
 * Highlighted text of one hit: safe to put into HTML as it is, because every character from the
 * article is escaped and matches are wrapped in {@code <mark>…</mark>}.
 *
 * @param title the whole title, matches marked
 * @param body the best fragments of the body, matches marked; the start of the body when nothing in
 *     it matched
 */
public record Highlights(String title, List<String> body) {

  private static final String MARK = "<mark>";
  private static final String UNMARK = "</mark>";

  /** Copies the list. */
  public Highlights {
    body = List.copyOf(body);
  }

  /**
   * {@code marked}, a title or fragment of these highlights, as plain text: unmarked, unescaped.
   */
  public static String plain(String marked) {
    return HtmlEscaper.unescape(marked.replace(MARK, "").replace(UNMARK, ""));
  }
}
