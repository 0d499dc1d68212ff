package newsearch.ingest;

import newsearch.schema.Article;

/**
 * Reads an article page scraped as plain text: a headline with, around it, a breadcrumb ({@code
 * News > Japan}, {@code News / Japan}, {@code News » Japan}, {@code News | Japan}) or a {@code
 * Section:} line, a lede, a byline, date lines in English or Spanish, a dateline, body paragraphs
 * separated by blank lines, and the site's furniture: menus, share buttons, advertising labels,
 * newsletter prompts, cookie banners, photo captions, {@code RELATED:} links, a comment box and a
 * copyright footer.
 *
 * <p>Every line is first told apart by what it says (the package-private {@code
 * PageLineClassifier}), not by where one site puts it; the headline is then the first line before
 * the body that reads like one, and the body is the text after it up to the comment box or the
 * footer. A page without a section has an empty one. Thread-safe and stateless.
 */
public final class ArticlePageParser {

  private final PageLineClassifier classifier = new PageLineClassifier();

  /**
   * Parses one page.
   *
   * @param text the page as text
   * @param url the page's address when known, else null; it becomes the id
   * @throws RejectedInputException when the page has no title or no body text
   */
  public Article parse(String text, String url) throws RejectedInputException {
    return PageAssembler.fromPage(classifier.classify(text.lines().toList())).toArticle(url);
  }
}
