package newsearch.search.analytics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.schema.NewsSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Reads the words and two-word phrases of sample articles, as written (lower-cased and
 * accent-folded, not stemmed, as {@link NewsSchema#SPELLING} holds them), and counts in how many
 * articles each occurs. Stop words and other function words ({@link FunctionWords}), words with
 * digits, single letters and the words to leave out (a query's own, or words sharing their stem)
 * are skipped, and a phrase is two kept words side by side in one field. Not thread-safe: create
 * one per request.
 */
final class SampleTerms {

  private static final Set<String> TEXT = Set.copyOf(NewsSchema.TEXT_FIELDS);

  private final NewsSchema schema;
  private final Set<String> leftOut;
  private final Set<String> leftOutStems = new HashSet<>();
  private final Map<String, String> stems = new HashMap<>();

  /** Counts that skip the words of {@code leftOut} (a query's text) and their stems. */
  SampleTerms(NewsSchema schema, String leftOut) throws IOException {
    this.schema = schema;
    this.leftOut = new HashSet<>(words(schema.surfaceAnalyzer(), leftOut == null ? "" : leftOut));
    for (String word : this.leftOut) {
      leftOutStems.add(stem(word));
    }
    // A stop word has no stem, and stop words are skipped anyway.
    leftOutStems.remove("");
  }

  /** The number of {@code docs} that hold each kept word or phrase. */
  Map<String, Integer> count(IndexReader reader, int[] docs) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    StoredFields stored = reader.storedFields();
    Set<String> inDoc = new HashSet<>();
    for (int doc : docs) {
      inDoc.clear();
      Document fields = stored.document(doc, TEXT);
      for (String field : NewsSchema.TEXT_FIELDS) {
        for (String value : fields.getValues(field)) {
          collect(value, inDoc);
        }
      }
      inDoc.forEach(term -> counts.merge(term, 1, Integer::sum));
    }
    return counts;
  }

  /** The stem the text fields index {@code word} under; empty for a stop word. */
  String stem(String word) throws IOException {
    String known = stems.get(word);
    if (known == null) {
      List<String> analysed = words(schema.analyzer(), NewsSchema.BODY, word);
      known = analysed.isEmpty() ? "" : analysed.get(0);
      stems.put(word, known);
    }
    return known;
  }

  private void collect(String text, Set<String> inDoc) throws IOException {
    try (TokenStream tokens = schema.surfaceAnalyzer().tokenStream(NewsSchema.SPELLING, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      String previous = null;
      while (tokens.incrementToken()) {
        String word = term.toString();
        boolean adjacent = increment.getPositionIncrement() == 1;
        if (!kept(word)) {
          previous = null;
          continue;
        }
        inDoc.add(word);
        if (previous != null && adjacent) {
          inDoc.add(previous + " " + word);
        }
        previous = word;
      }
      tokens.end();
    }
  }

  private boolean kept(String word) throws IOException {
    if (word.length() < 2
        || schema.isStopWord(word)
        || FunctionWords.contains(word)
        || leftOut.contains(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !leftOutStems.contains(stem(word));
  }

  private static List<String> words(Analyzer analyzer, String text) throws IOException {
    return words(analyzer, NewsSchema.SPELLING, text);
  }

  private static List<String> words(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    }
    return words;
  }
}
