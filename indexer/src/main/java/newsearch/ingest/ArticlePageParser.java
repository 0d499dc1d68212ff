package newsearch.ingest;

import java.util.List;
import newsearch.schema.Article;

/**
 * Reads an article page scraped as plain text: a headline with, around it, a breadcrumb ({@code
 * News > Japan}, {@code News / Japan}, {@code News » Japan}, {@code News | Japan}) or a {@code
 * Section:} line, a lede, a byline, date lines in English, Spanish, Portuguese, French or German, a
 * dateline, body paragraphs separated by blank lines, and the site's furniture: menus, share
 * buttons, advertising labels, newsletter prompts, cookie banners, photo captions, {@code RELATED:}
 * links, a comment box and a copyright footer.
 *
 * <p>Every line is first told apart by what it says (the package-private {@code
 * PageLineClassifier}), not by where one site puts it; the headline is then the line nearest the
 * body that reads like one, and the body is the text after it up to the comment box or the footer,
 * keeping the paragraphs that score as article text ({@code BlockScore}). A page without a section
 * has an empty one, and a page that is no article is rejected with the reason why ({@code
 * NotAnArticle}). Thread-safe and stateless.
 */
public final class ArticlePageParser {

  private final PageLineClassifier classifier = new PageLineClassifier();

  /**
   * Parses one page.
   *
   * @param text the page as text
   * @param url the page's address when known, else null; it becomes the id
   * @throws RejectedInputException when the page is not an article (an error page, a list of
   *     headlines, a paywall teaser, notices and menus only) or has no title or no body text
   */
  public Article parse(String text, String url) throws RejectedInputException {
    List<String> raw = text.lines().toList();
    List<PageLine> lines = classifier.classify(raw);
    PageFields page = PageAssembler.fromPage(lines);
    NotAnArticle.check(raw, lines, page, false);
    return page.toArticle(url);
  }
}
