package newsearch.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsearch.schema.HtmlEscaper;
import newsearch.schema.NewsSchema;
import newsearch.schema.TextFolding;
import newsearch.search.suggest.Suggestion;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Completions of typed text from the titles of a collection, by the local suggester's rule: every
 * typed word is a word of the title, anywhere in it, and the last one, unless a space follows it,
 * may be the start of one; words compared lower-cased and accent-folded, never stemmed. Shorter
 * titles first, then alphabetically. The typed words, or the typed start of the last, are marked.
 *
 * <p>Solr finds the candidates: the articles holding the typed words among the surface words of
 * their title and body ({@link NewsSchema#SPELLING}), the last as a prefix; the rule is then
 * applied here to the titles of the first {@link #CANDIDATES}. Unlike the local suggester it offers
 * titles only, not the phrases titles share.
 */
final class SolrTitleCompletions {

  /** The candidates read per request: a few pages of completions, from a few stored titles. */
  static final int CANDIDATES = 50;

  private final List<String> words;
  private final boolean lastIsPrefix;

  /** The completions of {@code typed}, which is not blank. */
  SolrTitleCompletions(String typed) {
    this.words = words(typed);
    this.lastIsPrefix = !Character.isWhitespace(typed.charAt(typed.length() - 1));
  }

  /** The Solr request for the candidates, or null when nothing typed is a word. */
  SolrQuery request() {
    if (words.isEmpty()) {
      return null;
    }
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      boolean prefix = lastIsPrefix && i == words.size() - 1;
      clauses.add("+" + NewsSchema.SPELLING + ":" + escaped(words.get(i)) + (prefix ? "*" : ""));
    }
    SolrQuery query = new SolrQuery(String.join(" ", clauses));
    query.set("defType", "lucene");
    query.setRows(CANDIDATES);
    query.setFields(NewsSchema.ID, NewsSchema.TITLE);
    return query;
  }

  /** The best {@code size} completions among {@code titles}. */
  List<Suggestion> best(List<String> titles, int size) {
    Set<String> distinct = new LinkedHashSet<>(titles);
    return distinct.stream()
        .map(this::marked)
        .filter(s -> s != null)
        .sorted(
            Comparator.comparing((Suggestion s) -> s.text().length())
                .thenComparing(Suggestion::text))
        .limit(size)
        .toList();
  }

  /** {@code title} with the typed words marked, or null when it does not hold them all. */
  private Suggestion marked(String title) {
    // Words and what lies between them, as the surface analysis splits a title.
    String[] parts = title.split("(?U)(?<=\\w)(?=\\W)|(?<=\\W)(?=\\w)");
    boolean[] found = new boolean[words.size()];
    StringBuilder html = new StringBuilder();
    for (String part : parts) {
      int typed = match(TextFolding.fold(part), found);
      if (typed < 0) {
        HtmlEscaper.escape(part, 0, part.length(), html);
      } else {
        // Folding can change a word's length (Æ becomes ae); never mark past the word's end.
        int end = Math.min(typed, part.length());
        html.append("<mark>");
        HtmlEscaper.escape(part, 0, end, html);
        html.append("</mark>");
        HtmlEscaper.escape(part, end, part.length(), html);
      }
    }
    for (boolean f : found) {
      if (!f) {
        return null;
      }
    }
    return new Suggestion(title, html.toString());
  }

  /** The characters of {@code word} that a typed word covers, marking it found; -1 for none. */
  private int match(String word, boolean[] found) {
    for (int i = 0; i < words.size(); i++) {
      boolean prefix = lastIsPrefix && i == words.size() - 1;
      String typed = words.get(i);
      if (word.equals(typed) || (prefix && word.startsWith(typed))) {
        found[i] = true;
        return typed.length();
      }
    }
    return -1;
  }

  private static List<String> words(String typed) {
    List<String> words = new ArrayList<>();
    for (String word : TextFolding.fold(typed).split("(?U)\\W+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String escaped(String word) {
    return word.replaceAll("([^a-z0-9])", "\\\\$1");
  }
}
