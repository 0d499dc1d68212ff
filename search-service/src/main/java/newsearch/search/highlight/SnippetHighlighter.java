package newsearch.search.highlight;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title and the best body passages of each hit, with Lucene's unified highlighter
 * reading offsets from the postings.
 *
 * <p>The title is highlighted whole; the body yields up to {@code snippets} sentences. Matches of a
 * phrase are marked as one unit. Create one per search: it is bound to a searcher.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private static final String[] FIELDS = {NewsSchema.TITLE, NewsSchema.BODY};

  private final int snippets;

  SnippetHighlighter(IndexSearcher searcher, NewsSchema schema, SearchConfig config) {
    super(
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new MarkedPassageFormatter())
            .withMaxLength(config.highlighting().highlightMaxChars())
            .withMaxNoHighlightPassages(1)
            .withWeightMatches(true));
    this.snippets = config.highlighting().snippets();
  }

  /**
   * Highlights for each document, in order; a field without stored text gives an empty title or no
   * fragments.
   */
  List<Highlights> highlight(Query query, int[] docIds) throws IOException {
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(FIELDS, query, docIds, new int[] {1, snippets});
    List<Highlights> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<String> title = fragments(byField.get(NewsSchema.TITLE)[i]);
      result.add(
          new Highlights(
              title.isEmpty() ? null : title.get(0), fragments(byField.get(NewsSchema.BODY)[i])));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<String> fragments(Object formatted) {
    return formatted == null ? List.of() : (List<String>) formatted;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return NewsSchema.TITLE.equals(field)
        ? new WholeBreakIterator()
        : BreakIterator.getSentenceInstance(Locale.ROOT);
  }
}
