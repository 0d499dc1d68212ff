package newsearch.schema;

/**
 * The one escaping of text put into HTML or SVG, in element content and in quoted attribute values
 * alike: {@code & < > " '} become entities, every other character stays as it is. Highlighted
 * snippets, suggestions and the tuning report all escape through it, and text for a terminal is
 * read back from it with {@link #unescape}. Stateless and thread-safe.
 */
public final class HtmlEscaper {

  private HtmlEscaper() {}

  /** {@code text} escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  /**
   * The text that {@link #escape} turned into {@code html}: its five entities become characters
   * again; any other {@code &} stays as it is, since {@link #escape} writes no other.
   */
  public static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** Appends {@code text[from, to)} escaped to {@code out}. */
  public static void escape(CharSequence text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
