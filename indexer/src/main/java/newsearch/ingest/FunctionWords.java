package newsearch.ingest;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * The function words (stop words) of English, Spanish, Portuguese, French and German, as Lucene's
 * analyzers list them, and how densely a block of text uses them. Running prose is about one third
 * function words in its language; headlines, menus, tags and names are far fewer, which makes the
 * density the strongest single sign of article text (as jusText found). The block's language is the
 * one whose list covers most of its words, so no language detector is needed here. Stateless and
 * thread-safe.
 */
final class FunctionWords {

  private static final List<CharArraySet> LANGUAGES =
      List.of(
          EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
          SpanishAnalyzer.getDefaultStopSet(),
          PortugueseAnalyzer.getDefaultStopSet(),
          FrenchAnalyzer.getDefaultStopSet(),
          GermanAnalyzer.getDefaultStopSet());

  private FunctionWords() {}

  /**
   * The share of {@code text}'s words, from 0 to 1, that are function words of the language that
   * has most of them; 0 for a text without words.
   */
  static double density(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int total = 0;
    int[] hits = new int[LANGUAGES.size()];
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      total++;
      for (int i = 0; i < hits.length; i++) {
        if (LANGUAGES.get(i).contains(word)) {
          hits[i]++;
        }
      }
    }
    int best = 0;
    for (int hit : hits) {
      best = Math.max(best, hit);
    }
    return total == 0 ? 0 : best / (double) total;
  }
}
