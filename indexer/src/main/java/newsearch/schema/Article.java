package newsearch.schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One news article as read from an input and as stored in the index.
 *
 * <p>Real archives have gaps, so {@code title}, {@code summary}, {@code date}, {@code url}, {@code
 * source} and {@code author} may be null and {@code section} may be empty. An article always has an
 * id and at least a title or a body.
 *
 * @param id stable identifier, unique in the index
 * @param title headline, or null when the source had none
 * @param summary the lede, or null
 * @param body the article text without page furniture; paragraphs separated by blank lines
 * @param date publication date, or null when unknown
 * @param section section path from the top, such as {@code [News, Japan]}; empty when unknown
 * @param url canonical address, or null
 * @param source the publication or collection it came from, or null
 * @param author byline, or null
 * @param related headlines of related stories that the page linked to
 * @param language the ISO 639-1 code of the article's language ({@code es}), from the input or
 *     detected from the text; null when neither says
 */
public record Article(
    String id,
    String title,
    String summary,
    String body,
    LocalDate date,
    SectionPath section,
    String url,
    String source,
    String author,
    List<String> related,
    String language) {

  /** Length of the display title made from the body of an untitled article. */
  private static final int DISPLAY_TITLE_CHARS = 80;

  /** Checks the invariants and normalises absent values. */
  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    title = blankToNull(title);
    summary = blankToNull(summary);
    body = body == null ? "" : body.strip();
    url = blankToNull(url);
    source = blankToNull(source);
    author = blankToNull(author);
    section = section == null ? SectionPath.NONE : section;
    related = related == null ? List.of() : List.copyOf(related);
    language = LanguageTag.primary(language);
    if (title == null && body.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " has neither title nor body");
    }
  }

  /** An article whose language is not known yet. */
  public Article(
      String id,
      String title,
      String summary,
      String body,
      LocalDate date,
      SectionPath section,
      String url,
      String source,
      String author,
      List<String> related) {
    this(id, title, summary, body, date, section, url, source, author, related, null);
  }

  /** This article in {@code language}, an ISO 639-1 code or a tag that starts with one. */
  public Article withLanguage(String language) {
    return new Article(
        id, title, summary, body, date, section, url, source, author, related, language);
  }

  /**
   * The title to show: the headline, or for an untitled article the start of its body cut at a word
   * boundary.
   */
  public String displayTitle() {
    if (title != null) {
      return title;
    }
    String flat = body.replaceAll("\\s+", " ");
    if (flat.length() <= DISPLAY_TITLE_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', DISPLAY_TITLE_CHARS);
    return flat.substring(0, cut > 0 ? cut : DISPLAY_TITLE_CHARS) + "…";
  }

  /** The date as {@code yyyy-mm-dd}, or null. */
  public String isoDate() {
    return date == null ? null : date.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Article[%s, %s]", id, displayTitle());
  }
}
