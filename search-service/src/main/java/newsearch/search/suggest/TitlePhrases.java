package newsearch.search.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsearch.schema.NewsSchema;

/**
 * Collects what the search box offers as completions: every title, and every phrase of two or three
 * words that several titles share, such as {@code peace treaty talks}.
 *
 * <p>A phrase neither starts nor ends with a stop word ({@code talks in} is no completion), and it
 * never spans punctuation that separates parts of a headline ({@code Moscow: talks} is not one
 * phrase). Phrases are lower-case; titles keep their case. Each entry is weighted by the number of
 * titles that contain it. Not thread-safe: fill it on one thread, then read it.
 */
final class TitlePhrases {

  /**
   * A completion and its weight.
   *
   * @param text the title, or the phrase in lower case
   * @param titles how many titles are this text or contain this phrase
   */
  record Entry(String text, long titles) {}

  private static final int SHORTEST = 2;
  private static final int LONGEST = 3;
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Opening quotes and brackets, as around a quotation or a ticker like {@code <C>}. */
  private static final String OPENERS = "\"'‘“«([<";

  /** Closing marks that end a part of a headline; a final period is handled separately. */
  private static final String CLOSERS = ",;:!?\"'’”»)]>";

  private final NewsSchema schema;
  private final int minTitles;
  private final Map<String, Entry> titles = new HashMap<>();
  private final Map<String, Integer> phraseTitles = new HashMap<>();

  /**
   * An empty collection.
   *
   * @param minTitles how many titles must share a phrase for it to be offered
   */
  TitlePhrases(NewsSchema schema, int minTitles) {
    this.schema = schema;
    this.minTitles = minTitles;
  }

  /** Counts one article's title and its phrases. */
  void add(String title) {
    String text = SPACE.matcher(title.strip()).replaceAll(" ");
    if (text.isEmpty()) {
      return;
    }
    titles.merge(
        key(text), new Entry(text, 1), (old, one) -> new Entry(old.text(), old.titles() + 1));
    Set<String> phrases = new HashSet<>();
    for (List<String> run : runs(text)) {
      addPhrases(run, phrases);
    }
    phrases.forEach(phrase -> phraseTitles.merge(phrase, 1, Integer::sum));
  }

  /**
   * Every title, and every phrase that at least {@code minTitles} titles share, ordered by text. A
   * phrase that is also a whole title is listed once, as the title, with the larger count.
   */
  List<Entry> entries() {
    Map<String, Entry> all = new HashMap<>(titles);
    phraseTitles.forEach(
        (phrase, count) -> {
          if (count >= minTitles) {
            all.merge(
                phrase,
                new Entry(phrase, count),
                (title, p) -> new Entry(title.text(), Math.max(title.titles(), p.titles())));
          }
        });
    List<Entry> sorted = new ArrayList<>(all.values());
    sorted.sort(Comparator.comparing(Entry::text));
    return sorted;
  }

  private void addPhrases(List<String> run, Set<String> into) {
    for (int start = 0; start < run.size(); start++) {
      if (schema.isStopWord(run.get(start))) {
        continue;
      }
      for (int end = start + SHORTEST; end <= Math.min(run.size(), start + LONGEST); end++) {
        if (!schema.isStopWord(run.get(end - 1))) {
          into.add(String.join(" ", run.subList(start, end)));
        }
      }
    }
  }

  /**
   * Splits a title into runs of lower-case words that punctuation does not interrupt. A mark like
   * {@code :} or a closing quote ends a run after its word; an opening quote starts a new run; a
   * lone dash stands between runs.
   */
  private static List<List<String>> runs(String title) {
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String raw : title.split(" ")) {
      int from = 0;
      while (from < raw.length() && OPENERS.indexOf(raw.charAt(from)) >= 0) {
        from++;
      }
      int to = raw.length();
      while (to > from && CLOSERS.indexOf(raw.charAt(to - 1)) >= 0) {
        to--;
      }
      // A final period ends a sentence, unless the word is an abbreviation like U.S.
      if (to > from && raw.charAt(to - 1) == '.' && raw.indexOf('.', from) == to - 1) {
        to--;
      }
      String word = raw.substring(from, to).toLowerCase(Locale.ROOT);
      boolean hasText = word.codePoints().anyMatch(Character::isLetterOrDigit);
      if (from > 0 || !hasText) {
        runs.add(run);
        run = new ArrayList<>();
      }
      if (hasText) {
        run.add(word);
      }
      if (to < raw.length()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    runs.add(run);
    return runs;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
