package newsearch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;

/**
 * Reads an article page scraped as plain text: a breadcrumb ({@code News > Japan}), the title, a
 * bulleted lede, a photo caption, a {@code Published ...} line, then body paragraphs, all wrapped
 * in navigation, share buttons, {@code RELATED:} blocks and a comment box.
 *
 * <p>Page furniture is recognised by what it is, not by its position on one site's pages, so that
 * the body holds only the article's own paragraphs. Thread-safe and stateless.
 */
public final class ArticlePageParser {

  /** Navigation and share lines, compared in lower case after bullets are stripped. */
  private static final Set<String> FURNITURE =
      Set.of(
          "live",
          "audio only",
          "google plus",
          "facebook",
          "twitter",
          "whatsapp",
          "linkedin",
          "email",
          "share",
          "print",
          "telegram",
          "reddit");

  private static final Pattern BULLET = Pattern.compile("^[•·*▪◦]\\s*");
  private static final Pattern CAPTION = Pattern.compile("(?i)(^|\\|\\s*)(photo|image|video)\\s*:");
  private static final Pattern BREADCRUMB = Pattern.compile("^[^>]{1,40}(\\s>\\s[^>]{1,40})+$");
  private static final Pattern COMMENT_BOX_START = Pattern.compile("(?i)^comments?$");
  private static final Pattern RELATED_LABEL = Pattern.compile("(?i)^related\\s*:?$");
  private static final int MAX_LABEL_WORDS = 3;

  private final DateLineParser dates = new DateLineParser();

  /**
   * Parses one page.
   *
   * @param text the page as text
   * @param url the page's address when known, else null; it becomes the id
   * @throws RejectedInputException when the page has no title or no body text
   */
  public Article parse(String text, String url) throws RejectedInputException {
    PageState page = new PageState();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      boolean bulleted = BULLET.matcher(raw.strip()).find();
      String line = BULLET.matcher(raw.strip()).replaceFirst("").strip();
      if (line.isEmpty()) {
        page.endParagraph();
      } else if (COMMENT_BOX_START.matcher(line).matches() && page.hasBody()) {
        break;
      } else if (RELATED_LABEL.matcher(line).matches()) {
        i = takeRelatedHeadline(lines, i, page);
      } else {
        take(line, bulleted, page);
      }
    }
    page.endParagraph();
    if (page.title == null) {
      throw new RejectedInputException("no title found");
    }
    if (page.paragraphs.isEmpty()) {
      throw new RejectedInputException("no body text found");
    }
    String body = String.join("\n\n", page.paragraphs);
    return new Article(
        ContentId.of(url, page.title, body),
        page.title,
        page.summary,
        body,
        page.date,
        page.section,
        url,
        null,
        null,
        page.related);
  }

  private void take(String line, boolean bulleted, PageState page) {
    if (FURNITURE.contains(line.toLowerCase(Locale.ROOT)) || CAPTION.matcher(line).find()) {
      return;
    }
    if (page.title == null) {
      if (page.section.isEmpty() && BREADCRUMB.matcher(line).matches()) {
        page.section = SectionPath.parse(line);
      } else {
        page.title = line;
      }
      return;
    }
    if (page.date == null && !page.hasBody()) {
      var date = dates.publishedDate(line);
      if (date.isPresent()) {
        page.date = date.get();
        return;
      }
      if (bulleted) {
        page.summary = page.summary == null ? line : page.summary + " " + line;
        return;
      }
    }
    if (!page.hasBody() && isLabel(line)) {
      return;
    }
    page.addLine(line);
  }

  /** Short lines without sentence punctuation before the body are tags such as {@code Opinion}. */
  private static boolean isLabel(String line) {
    return line.split("\\s+").length <= MAX_LABEL_WORDS && !line.matches(".*[.!?\"”]$");
  }

  private int takeRelatedHeadline(List<String> lines, int labelAt, PageState page) {
    page.endParagraph();
    for (int j = labelAt + 1; j < lines.size(); j++) {
      String next = BULLET.matcher(lines.get(j).strip()).replaceFirst("").strip();
      if (!next.isEmpty()) {
        page.related.add(next);
        return j;
      }
    }
    return lines.size();
  }

  /** What has been read of one page so far. */
  private static final class PageState {
    SectionPath section = SectionPath.NONE;
    String title;
    String summary;
    LocalDate date;
    final List<String> paragraphs = new ArrayList<>();
    final List<String> related = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    boolean hasBody() {
      return !paragraphs.isEmpty() || !current.isEmpty();
    }

    void addLine(String line) {
      if (!current.isEmpty()) {
        current.append(' ');
      }
      current.append(line);
    }

    void endParagraph() {
      if (!current.isEmpty()) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
    }
  }
}
