package newsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import newsearch.ingest.Breadcrumbs.Crumb;
import newsearch.ingest.DateLineParser.DateLine;
import newsearch.schema.SectionPath;

/**
 * Puts the classified lines of one page together into its fields: the headline, a bulleted lede or
 * a standfirst as the summary, the byline, the dates, the section, related headlines, and the body
 * paragraphs up to the comment box or the footer. Not thread-safe: one instance per page.
 */
final class PageAssembler {

  /** Headlines have at least this many words; a shorter line is taken only if no line has. */
  private static final int PREFERRED_TITLE_WORDS = 4;

  private static final int MIN_TITLE_WORDS = 2;

  /** Sentences before any headline-shaped line are notices; this many means there is no title. */
  private static final int MAX_NOTICES_BEFORE_TITLE = 2;

  /** Short lines without sentence punctuation before the body are tags such as {@code Opinion}. */
  private static final int MAX_LABEL_WORDS = 3;

  /** Lines of a list of headlines or of a menu are no longer than this. */
  private static final int MAX_LIST_LINE_WORDS = 15;

  private String title;
  private String summary;
  private DateLine dates;
  private Crumb section;
  private String author;
  private String pendingDateline;
  private boolean standfirst;
  private final List<String> related = new ArrayList<>();
  private final List<TextBlock> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int currentLines;
  private int currentListLines;

  private PageAssembler() {}

  /** Reads a whole page, finding its headline among the lines. */
  static PageFields fromPage(List<PageLine> lines) {
    int titleAt = titleIndex(lines);
    PageAssembler page = new PageAssembler();
    for (int i = 0; i < lines.size(); i++) {
      if (i < titleAt) {
        page.beforeTitle(lines.get(i));
      } else if (i == titleAt) {
        page.title = ((PageLine.Text) lines.get(i)).text();
      } else if (!page.afterTitle(lines.get(i))) {
        break;
      }
    }
    return page.finish();
  }

  /** Reads the body of a page whose headline is known from elsewhere, such as its markup. */
  static PageFields bodyOf(List<PageLine> lines, String title) {
    PageAssembler page = new PageAssembler();
    page.title = title;
    for (PageLine line : lines) {
      if (!page.afterTitle(line)) {
        break;
      }
    }
    return page.finish();
  }

  /**
   * The headline's line: of the unbulleted text lines of four or more words before the body begins,
   * the one nearest the body, since site names, menus and cookie banners come first and kickers are
   * short; else the nearest of two or three words; else -1. Bulleted lines before the headline are
   * menus; a line that reads as a sentence or opens with a dateline is the body, unless no headline
   * came before it: then it was a notice above the article, and the search goes on until a second
   * such line.
   */
  private static int titleIndex(List<PageLine> lines) {
    int preferred = -1;
    int fallback = -1;
    int prose = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) instanceof PageLine.Text text && !text.bulleted()) {
        if (text.isProse() || Dateline.opens(text.text())) {
          if (preferred >= 0 || fallback >= 0 || ++prose >= MAX_NOTICES_BEFORE_TITLE) {
            break;
          }
        } else if (text.words() >= PREFERRED_TITLE_WORDS) {
          preferred = i;
        } else if (text.words() >= MIN_TITLE_WORDS) {
          fallback = i;
        }
      }
    }
    return preferred >= 0 ? preferred : fallback;
  }

  /** Above the headline only the section, dates, byline and related links are of use. */
  private void beforeTitle(PageLine line) {
    switch (line) {
      case PageLine.Section s -> offer(s.crumb());
      case PageLine.Meta m -> note(m);
      case PageLine.Related r -> relate(r.headline());
      default -> {}
    }
  }

  /** Takes one line below the headline; false once the article has ended. */
  private boolean afterTitle(PageLine line) {
    switch (line) {
      case PageLine.Blank b -> endParagraph();
      case PageLine.Furniture f -> endParagraph();
      case PageLine.End e -> {
        if (hasBody()) {
          return false;
        }
      }
      case PageLine.Section s -> {
        if (!hasBody()) {
          offer(s.crumb());
        }
      }
      case PageLine.Meta m -> {
        endParagraph();
        note(m);
        standfirst |= paragraphs.size() == 1 && !Dateline.opens(paragraphs.getFirst().text());
      }
      case PageLine.DatelineOnly d -> {
        endParagraph();
        pendingDateline = d.text();
      }
      case PageLine.Related r -> {
        endParagraph();
        relate(r.headline());
      }
      case PageLine.Text t -> text(t);
    }
    return true;
  }

  private void text(PageLine.Text line) {
    String text = line.text();
    if (text.equalsIgnoreCase(title)) {
      return;
    }
    if (!hasBody() && line.bulleted()) {
      summary = summary == null ? text : summary + " " + text;
      return;
    }
    if (!hasBody() && line.words() <= MAX_LABEL_WORDS && !endsWithPunctuation(text)) {
      return;
    }
    if (line.bulleted()) {
      endParagraph();
    }
    if (pendingDateline != null) {
      text = pendingDateline + " " + text;
      pendingDateline = null;
    }
    if (!current.isEmpty()) {
      current.append(' ');
    }
    current.append(text);
    currentLines++;
    if (isListShaped(line)) {
      currentListLines++;
    }
    if (line.bulleted()) {
      endParagraph();
    }
  }

  /** The strongest section wins; among equals, the one nearest the headline. */
  private void offer(Crumb crumb) {
    if (section == null || crumb.strength().compareTo(section.strength()) >= 0) {
      section = crumb;
    }
  }

  private void note(PageLine.Meta meta) {
    if (meta.dates() != null) {
      dates = dates == null ? meta.dates() : dates.or(meta.dates());
    }
    if (author == null) {
      author = meta.author();
    }
  }

  private void relate(String headline) {
    if (!related.contains(headline)) {
      related.add(headline);
    }
  }

  private boolean hasBody() {
    return !paragraphs.isEmpty() || !current.isEmpty();
  }

  private void endParagraph() {
    if (!current.isEmpty()) {
      paragraphs.add(new TextBlock(current.toString(), currentLines, currentListLines));
      current.setLength(0);
      currentLines = 0;
      currentListLines = 0;
    }
  }

  /**
   * A line as menus and lists of headlines are written: short, capitalised, not a sentence. The
   * lines of a hard-wrapped paragraph do not all start with a capital, so they never all pass.
   */
  private static boolean isListShaped(PageLine.Text line) {
    return !line.isProse()
        && line.words() <= MAX_LIST_LINE_WORDS
        && Character.isUpperCase(line.text().codePointAt(0));
  }

  /**
   * The fields read so far. A lone paragraph between the headline and the byline or date line is
   * the standfirst, which summarises the article, unless it is all the text there is.
   */
  private PageFields finish() {
    endParagraph();
    List<String> body = new ArrayList<>(BlockScore.articleText(paragraphs));
    if (standfirst && summary == null && body.size() > 1) {
      summary = body.removeFirst();
    }
    return new PageFields(
        title,
        summary,
        String.join("\n\n", body),
        dates == null ? null : dates.best(),
        section == null ? SectionPath.NONE : section.path(),
        author,
        List.copyOf(related));
  }

  private static boolean endsWithPunctuation(String text) {
    return ".!?\"”…".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
