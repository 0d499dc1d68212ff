package newsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.SectionPath;

/**
 * What a page says about its article, before it becomes an {@link Article}.
 *
 * @param title the headline, or null
 * @param summary the lede, or null
 * @param body the article's paragraphs separated by blank lines; empty when there are none
 * @param date the publication date, or null
 * @param section the section, possibly empty
 * @param author the byline's names, or null
 * @param related headlines of other stories the page links to
 */
record PageFields(
    String title,
    String summary,
    String body,
    LocalDate date,
    SectionPath section,
    String author,
    List<String> related) {

  /**
   * The article, identified by {@code url} when it is known and by its content otherwise.
   *
   * @throws RejectedInputException when the page has no title or no body text, since such an
   *     article is noise in the results and usually means the page was not an article at all
   */
  Article toArticle(String url) throws RejectedInputException {
    return toArticle(url, null);
  }

  /**
   * The article as {@link #toArticle(String)} makes it, in the language {@code declared} by the
   * page's markup when it names one, else in the one detected from its text.
   */
  Article toArticle(String url, String declared) throws RejectedInputException {
    if (title == null || title.isBlank()) {
      throw new RejectedInputException(Rejection.Reason.NO_TITLE, "no title found");
    }
    if (body == null || body.isBlank()) {
      throw new RejectedInputException(Rejection.Reason.NO_BODY, "no body text found");
    }
    Article article =
        new Article(
            ContentId.of(url, title, body),
            title,
            summary,
            body,
            date,
            section,
            url,
            null,
            author,
            related);
    return TextLanguage.builtIn().withLanguage(article, declared);
  }
}
