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
 * comment box. A block that is mostly link text is a link to another story, not article text. What
 * the markup says wins over what the text suggests; a page that is not an article (an error page, a
 * list of links, a teaser whose rest an element named {@code paywall} holds back) is rejected with
 * the reason why.
 *
 * <p>The id is the canonical address when the page names one, else {@code url}, else a hash of the
 * content. Thread-safe and stateless.
 */
public final class HtmlArticleParser {

  /** Elements that hold the rest of an article for subscribers. */
  private static final String PAYWALL = "[class~=(?i)paywall], [id~=(?i)paywall]";

  /** Beyond this share of link text a block links elsewhere rather than saying something. */
  private static final double MAX_LINK_DENSITY = 0.5;

  private static final int MIN_LINKED_HEADLINE_WORDS = 3;

  private final PageLineClassifier classifier = new PageLineClassifier();
  private final DateLineParser dates = new DateLineParser();

  /**
   * Parses one page.
   *
   * @param html the page's markup
   * @param url the page's address when known, else null; relative links are resolved against it
   * @throws RejectedInputException when the page is not an article or has no title or no body text
   */
  public Article parse(String html, String url) throws RejectedInputException {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    HtmlMetadata markup = HtmlMetadata.read(doc, dates);
    List<String> linked = HtmlMainText.relatedHeadlines(doc);
    boolean paywalled = !doc.select(PAYWALL).isEmpty();
    List<HtmlMainText.Block> blocks = HtmlMainText.paragraphs(doc);
    List<String> raw = withBlankLines(blocks.stream().map(HtmlMainText.Block::text).toList());
    List<PageLine> lines = linksAsRelated(classifier.classify(raw), blocks);
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
    NotAnArticle.check(raw, lines, page, paywalled);
    return page.toArticle(markup.url() != null ? markup.url() : url, markup.language());
  }

  /**
   * A block that is mostly the text of links points to other pages: a headline-shaped one is a
   * related story, anything else is furniture. {@code lines} has a blank line after each block.
   */
  private static List<PageLine> linksAsRelated(
      List<PageLine> lines, List<HtmlMainText.Block> blocks) {
    List<PageLine> marked = new ArrayList<>(lines);
    for (int i = 0; i < blocks.size(); i++) {
      HtmlMainText.Block block = blocks.get(i);
      if (block.linkDensity() >= MAX_LINK_DENSITY && marked.get(2 * i) instanceof PageLine.Text) {
        int words = Words.count(block.text());
        marked.set(
            2 * i,
            words >= MIN_LINKED_HEADLINE_WORDS
                ? new PageLine.Related(block.text())
                : new PageLine.Furniture(block.text()));
      }
    }
    return marked;
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
