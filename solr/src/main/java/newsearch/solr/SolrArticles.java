package newsearch.solr;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import newsearch.schema.Article;
import newsearch.schema.HtmlEscaper;
import newsearch.schema.NewsSchema;
import newsearch.schema.SectionPath;
import newsearch.search.Hit;
import newsearch.search.highlight.Highlights;
import newsearch.search.highlight.SentenceBreakIterator;
import org.apache.solr.common.SolrDocument;

/**
 * Reads the stored fields of the collection's documents back into articles and hits, and the
 * highlighter's passages into our {@link Highlights}: Solr marks matches with two control
 * characters, and the text is then escaped by our own {@link HtmlEscaper} and the marks become
 * {@code <mark>}, so that a highlight from Solr is escaped exactly as a local one.
 */
final class SolrArticles {

  /** What Solr puts before a match: a character no article text holds. */
  static final String MARK = "\u0001";

  /** What Solr puts after a match. */
  static final String UNMARK = "\u0002";

  /** The stored fields an article is read from. */
  static final String[] STORED = {
    NewsSchema.ID,
    NewsSchema.TITLE,
    NewsSchema.SUMMARY,
    NewsSchema.BODY,
    NewsSchema.DATE,
    NewsSchema.SECTION,
    NewsSchema.URL,
    NewsSchema.SOURCE,
    NewsSchema.AUTHOR,
    NewsSchema.RELATED,
    NewsSchema.LANGUAGE
  };

  private SolrArticles() {}

  /** The article {@code doc} holds. */
  static Article article(SolrDocument doc) {
    Object date = doc.getFieldValue(NewsSchema.DATE);
    Object section = doc.getFieldValue(NewsSchema.SECTION);
    Collection<Object> related = doc.getFieldValues(NewsSchema.RELATED);
    return new Article(
        text(doc, NewsSchema.ID),
        text(doc, NewsSchema.TITLE),
        text(doc, NewsSchema.SUMMARY),
        text(doc, NewsSchema.BODY),
        date == null ? null : LocalDate.ofInstant(((Date) date).toInstant(), ZoneOffset.UTC),
        section == null ? SectionPath.NONE : SectionPath.parse(section.toString()),
        text(doc, NewsSchema.URL),
        text(doc, NewsSchema.SOURCE),
        text(doc, NewsSchema.AUTHOR),
        related == null ? List.of() : related.stream().map(Object::toString).toList(),
        text(doc, NewsSchema.LANGUAGE));
  }

  /**
   * The hit of {@code doc}, with the highlighter's passages of its title and body; the whole title
   * escaped, and the start of the body, where the highlighter marked nothing.
   */
  static Hit hit(SolrDocument doc, List<String> titlePassages, List<String> bodyPassages) {
    Article article = article(doc);
    String title =
        titlePassages == null || titlePassages.isEmpty()
            ? HtmlEscaper.escape(article.displayTitle())
            : marked(titlePassages.get(0));
    List<String> body =
        bodyPassages == null ? List.of() : bodyPassages.stream().map(SolrArticles::marked).toList();
    String section = article.section().isEmpty() ? null : article.section().display();
    Object score = doc.getFieldValue("score");
    return new Hit(
        article.id(),
        article.displayTitle(),
        section,
        section,
        article.isoDate(),
        score == null ? 0 : ((Number) score).floatValue(),
        new Highlights(title, body),
        0,
        List.of());
  }

  /**
   * The sentences of Solr's body passages that hold a match, at most {@code max}, or the first
   * {@code max} sentences when none does: Solr's highlighter joins neighbouring sentences into one
   * passage where ours keeps one sentence a passage, and cuts them apart here at the sentences ours
   * cuts at.
   */
  static List<String> sentences(List<String> passages, int max) {
    if (passages == null) {
      return List.of();
    }
    List<String> all = new ArrayList<>();
    for (String passage : passages) {
      BreakIterator sentences = new SentenceBreakIterator();
      sentences.setText(passage);
      for (int start = sentences.first(), end = sentences.next();
          end != BreakIterator.DONE;
          start = end, end = sentences.next()) {
        String sentence = passage.substring(start, end);
        if (!sentence.isBlank()) {
          all.add(sentence);
        }
      }
    }
    List<String> marked = all.stream().filter(s -> s.contains(MARK)).toList();
    return (marked.isEmpty() ? all : marked).stream().limit(max).toList();
  }

  /**
   * A passage with Solr's marks, escaped and marked as our highlights are, without the space
   * between sentences that Solr leaves at its end.
   */
  static String marked(String passage) {
    return HtmlEscaper.escape(passage.strip()).replace(MARK, "<mark>").replace(UNMARK, "</mark>");
  }

  private static String text(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }
}
