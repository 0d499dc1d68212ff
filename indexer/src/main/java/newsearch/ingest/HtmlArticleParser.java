package newsearch.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsearch.schema.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an article page in HTML. The markup names what it can ({@code HtmlMetadata}: Open Graph and
 * {@code article:} meta tags, JSON-LD, {@code <time>}, breadcrumb markup, canonical link); the main
 * text is found by {@code HtmlMainText} and then read like a plain-text page, so the same rules
 * keep bylines, date lines, captions, prompts and related links out of the body and stop it at the
 * comment box. What the markup says wins over what the text suggests.
 *
 * <p>The id is the canonical address when the page names one, else {@code url}, else a hash of the
 * content. Thread-safe and stateless.
 */
public final class HtmlArticleParser {

  private final PageLineClassifier classifier = new PageLineClassifier();
  private final DateLineParser dates = new DateLineParser();

  /**
   * Parses one page.
   *
   * @param html the page's markup
   * @param url the page's address when known, else null; relative links are resolved against it
   * @throws RejectedInputException when the page has no title or no body text
   */
  public Article parse(String html, String url) throws RejectedInputException {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    HtmlMetadata markup = HtmlMetadata.read(doc, dates);
    List<String> linked = HtmlMainText.relatedHeadlines(doc);
    List<PageLine> lines = classifier.classify(withBlankLines(HtmlMainText.paragraphs(doc)));
    PageFields text =
        markup.title() == null
            ? PageAssembler.fromPage(lines)
            : PageAssembler.bodyOf(lines, markup.title());
    Set<String> related = new LinkedHashSet<>(linked);
    related.addAll(text.related());
    PageFields page =
        new PageFields(
            markup.title() != null ? markup.title() : text.title(),
            markup.summary() != null ? markup.summary() : text.summary(),
            text.body(),
            markup.published() != null
                ? markup.published()
                : text.date() != null ? text.date() : markup.modified(),
            markup.section().isEmpty() ? text.section() : markup.section(),
            markup.author() != null ? markup.author() : text.author(),
            List.copyOf(related));
    return page.toArticle(markup.url() != null ? markup.url() : url, markup.language());
  }

  /** Paragraphs as the lines of a text page, where a blank line ends each one. */
  private static List<String> withBlankLines(List<String> paragraphs) {
    List<String> lines = new ArrayList<>(paragraphs.size() * 2);
    for (String paragraph : paragraphs) {
      lines.add(paragraph);
      lines.add("");
    }
    return lines;
  }
}
