package newsearch.search.highlight;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsearch.schema.NewsSchema;
import newsearch.search.SearchConfig;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title and the best body passages of each hit, with Lucene's unified highlighter
 * reading offsets from the postings.
 *
 * <p>The title is highlighted whole; the body yields up to {@code snippets} sentences. Matches of a
 * phrase are marked as one unit. Each field is marked for its own words ({@link FieldMarking}), and
 * the text is taken from the documents the page has already read, so that no stored document is
 * decompressed twice. Create one per page: it is bound to a searcher and to the page's documents.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final int snippets;
  private final Map<Integer, Document> read;

  /**
   * A highlighter over {@code searcher}, whose reader's fields are {@code fields}, and whose
   * documents, by id, are already {@code read}.
   */
  SnippetHighlighter(
      IndexSearcher searcher,
      FieldInfos fields,
      NewsSchema schema,
      SearchConfig config,
      Map<Integer, Document> read) {
    super(
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new MarkedPassageFormatter())
            .withScorer(new PassageRanking())
            .withMaxLength(config.highlighting().highlightMaxChars())
            .withMaxNoHighlightPassages(1)
            .withWeightMatches(true));
    // The highlighter would merge the field infos of the segments again for each page.
    this.fieldInfos = fields;
    this.snippets = config.highlighting().snippets();
    this.read = read;
  }

  /**
   * Highlights for each document, in order; a field without stored text gives an empty title or no
   * fragments.
   */
  List<Highlights> highlight(Query query, int[] docIds) throws IOException {
    Object[] titles = marked(NewsSchema.TITLE, query, docIds, 1);
    Object[] bodies = marked(NewsSchema.BODY, query, docIds, snippets);
    List<Highlights> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      List<String> title = fragments(titles[i]);
      result.add(new Highlights(title.isEmpty() ? null : title.get(0), fragments(bodies[i])));
    }
    return result;
  }

  private Object[] marked(String field, Query query, int[] docIds, int passages)
      throws IOException {
    return highlightFieldsAsObjects(
            new String[] {field}, FieldMarking.of(query, field), docIds, new int[] {passages})
        .get(field);
  }

  /**
   * The fields' text from the documents already read, cut at the highlighter's maximum length as
   * its own loading would cut it.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document document = read.get(doc);
      CharSequence[] text = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String joined =
            String.join(String.valueOf(MULTIVAL_SEP_CHAR), document.getValues(fields[f]));
        text[f] = joined.length() > getMaxLength() ? joined.substring(0, getMaxLength()) : joined;
      }
      values.add(text);
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<String> fragments(Object formatted) {
    return formatted == null ? List.of() : (List<String>) formatted;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return NewsSchema.TITLE.equals(field) ? new WholeBreakIterator() : new SentenceBreakIterator();
  }
}
