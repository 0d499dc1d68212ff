package newsearch.search.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import newsearch.schema.NewsSchema;

/**
 * Collects what the search box offers as completions: what people type, the words and the phrases
 * of two or three words of the titles ({@code election}, {@code premier league}), and then every
 * title.
 *
 * <p>It is filled in two passes. {@link #add} reads every title: the words and phrases of titles
 * are the candidates, so what is offered stays bounded by the titles however long the bodies are.
 * {@link #count} then reads each article's title and body and counts, for every candidate, the
 * articles that hold it anywhere: a phrase such as {@code premier league} stands in one title of
 * Reuters and BBC but in thirteen articles, and those are what rank it.
 *
 * <p>A word or phrase neither starts nor ends with a stop word ({@code talks in} is no completion),
 * and a phrase never spans punctuation that separates parts of a headline ({@code Moscow: talks} is
 * not one phrase). A phrase must also hold together: its first and last words must stand in it in
 * at least {@link #MIN_COHESION} of the titles that hold either (their Dice coefficient), which
 * keeps out headline fragments such as {@code says opec}, where {@code says} stands before every
 * subject. Cohesion, like the weight, is counted over the articles of the second pass. Words and
 * phrases are lower-case; titles keep their case. Each entry is weighted by the number of articles
 * that hold it (a title by the number of articles with that title). Not thread-safe: fill it on one
 * thread, then read it.
 */
final class TitlePhrases {

  /**
   * A completion and its weight.
   *
   * @param text the title, or the phrase in lower case
   * @param titles how many articles have this title, or hold this word or phrase
   * @param typed whether it is a word or phrase, offered before the titles
   */
  record Entry(String text, long titles, boolean typed) {}

  /**
   * How much a phrase must hold together, as the Dice coefficient of its first and last words over
   * the articles: twice the articles holding the phrase over the articles holding each word. {@code
   * premier league} and {@code tony blair} score above 0.5 over Reuters and BBC, {@code oil prices}
   * 0.2, {@code says opec} and {@code sees opec} under 0.02.
   */
  static final double MIN_COHESION = 0.05;

  /** The shortest word offered on its own. */
  static final int MIN_WORD_CHARS = 3;

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

  /** The candidates, from the titles, and then the number of articles holding each. */
  private final Map<String, Integer> phraseTitles = new HashMap<>();

  private final Map<String, Integer> wordTitles = new HashMap<>();

  /**
   * An empty collection.
   *
   * @param minTitles how many articles must share a word or phrase for it to be offered
   */
  TitlePhrases(NewsSchema schema, int minTitles) {
    this.schema = schema;
    this.minTitles = minTitles;
  }

  /** First pass: takes one article's title, and its words and phrases as candidates. */
  void add(String title) {
    String text = SPACE.matcher(title.strip()).replaceAll(" ");
    if (text.isEmpty()) {
      return;
    }
    titles.merge(
        key(text),
        new Entry(text, 1, false),
        (old, one) -> new Entry(old.text(), old.titles() + 1, false));
    for (List<String> run : runs(text)) {
      addPhrases(run, phrase -> phraseTitles.put(phrase, 0));
      for (String word : run) {
        if (word.length() >= MIN_WORD_CHARS && !schema.isStopWord(word)) {
          wordTitles.put(word, 0);
        }
      }
    }
  }

  /**
   * Second pass, after every title was added: counts one article for each candidate word and phrase
   * its title or body holds.
   */
  void count(String title, String body) {
    Set<String> held = new HashSet<>();
    for (String text : new String[] {title, body}) {
      for (List<String> run : runs(SPACE.matcher(text.strip()).replaceAll(" "))) {
        addPhrases(
            run,
            phrase -> {
              if (phraseTitles.containsKey(phrase)) {
                held.add(phrase);
              }
            });
        for (String word : run) {
          if (wordTitles.containsKey(word)) {
            held.add(word);
          }
        }
      }
    }
    for (String text : held) {
      Map<String, Integer> counts = text.indexOf(' ') < 0 ? wordTitles : phraseTitles;
      counts.merge(text, 1, Integer::sum);
    }
  }

  /**
   * Every title, and every word and cohesive phrase that at least {@code minTitles} titles share,
   * ordered by text. A word or phrase that is also a whole title is listed once, as typed, with the
   * larger count.
   */
  List<Entry> entries() {
    Map<String, Entry> all = new HashMap<>(titles);
    Map<String, Integer> typed = new HashMap<>(wordTitles);
    phraseTitles.forEach(
        (phrase, count) -> {
          if (cohesive(phrase, count)) {
            typed.put(phrase, count);
          }
        });
    typed.forEach(
        (text, count) -> {
          if (count >= minTitles) {
            all.merge(
                text,
                new Entry(text, count, true),
                (title, t) -> new Entry(text, Math.max(title.titles(), t.titles()), true));
          }
        });
    List<Entry> sorted = new ArrayList<>(all.values());
    sorted.sort(Comparator.comparing(Entry::text));
    return sorted;
  }

  /**
   * Whether the first and last words of {@code phrase} hold together, and so does each pair of
   * neighbouring words in it that is itself a phrase: {@code daily says opec} fails on {@code says
   * opec}.
   */
  private boolean cohesive(String phrase, int count) {
    List<String> words = List.of(phrase.split(" "));
    if (dice(words.get(0), words.get(words.size() - 1), count) < MIN_COHESION) {
      return false;
    }
    for (int i = 0; words.size() > 2 && i + 1 < words.size(); i++) {
      Integer pair = phraseTitles.get(words.get(i) + " " + words.get(i + 1));
      if (pair != null && dice(words.get(i), words.get(i + 1), pair) < MIN_COHESION) {
        return false;
      }
    }
    return true;
  }

  /** Twice the titles holding both words together over the titles holding each. */
  private double dice(String first, String last, int together) {
    int either = wordTitles.getOrDefault(first, together) + wordTitles.getOrDefault(last, together);
    return 2.0 * together / either;
  }

  private void addPhrases(List<String> run, Consumer<String> into) {
    for (int start = 0; start < run.size(); start++) {
      if (schema.isStopWord(run.get(start))) {
        continue;
      }
      for (int end = start + SHORTEST; end <= Math.min(run.size(), start + LONGEST); end++) {
        if (!schema.isStopWord(run.get(end - 1))) {
          into.accept(String.join(" ", run.subList(start, end)));
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
