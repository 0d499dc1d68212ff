package newsearch.relevance.knownitem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Makes known-item queries from an archive's titles, as a person who remembers a story would type
 * them: the {@link #MAX_WORDS} words of its title that the fewest other titles share (two when the
 * title has only two), in lower case and in title order, and a twin with one {@link Typo}.
 *
 * <p>Words are runs of letters of at least {@link #MIN_WORD_LENGTH}, English stop words left out.
 * An article whose title another article has too (a recurring "WEEKLY REVIEW") is not a known item,
 * since nothing tells the two apart, and neither is a title of fewer than two words. The articles
 * are drawn from the rest, in id order shuffled by the seed, so one seed always gives the same
 * queries from the same archives. Stateless; each call draws afresh from its seed.
 */
public final class KnownItemGenerator {

  /** The seed the benchmark's published figures use. */
  public static final long DEFAULT_SEED = 42;

  /** How many articles the benchmark's published figures draw. */
  public static final int DEFAULT_COUNT = 500;

  /** The most words of a title a query uses. */
  static final int MAX_WORDS = 3;

  /** The shortest word a query uses: shorter ones are initials and numbers' units. */
  static final int MIN_WORD_LENGTH = 3;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final long seed;

  /** A generator that draws with {@code seed}. */
  public KnownItemGenerator(long seed) {
    this.seed = seed;
  }

  /** Up to {@code count} known items drawn from {@code articles}. */
  public List<KnownItem> generate(List<TitledArticle> articles, int count) {
    Map<String, Integer> titlesWithWord = new HashMap<>();
    Map<List<String>, Integer> titlesAlike = new HashMap<>();
    for (TitledArticle article : articles) {
      List<String> words = words(article.title());
      words.forEach(word -> titlesWithWord.merge(word, 1, Integer::sum));
      titlesAlike.merge(words, 1, Integer::sum);
    }
    List<TitledArticle> eligible = new ArrayList<>();
    for (TitledArticle article : articles) {
      List<String> words = words(article.title());
      if (words.size() >= 2
          && titlesAlike.get(words) == 1
          && hasTypoRoom(chosen(words, titlesWithWord))) {
        eligible.add(article);
      }
    }
    eligible.sort(Comparator.comparing(TitledArticle::id));
    Random random = new Random(seed);
    Collections.shuffle(eligible, random);
    List<KnownItem> items = new ArrayList<>();
    for (TitledArticle article : eligible.subList(0, Math.min(count, eligible.size()))) {
      items.add(item(article, titlesWithWord, random));
    }
    return items;
  }

  private static KnownItem item(
      TitledArticle article, Map<String, Integer> titlesWithWord, Random random) {
    List<String> chosen = chosen(words(article.title()), titlesWithWord);
    List<Integer> typoable = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      if (chosen.get(i).length() >= Typo.MIN_LENGTH) {
        typoable.add(i);
      }
    }
    List<String> misspelt = new ArrayList<>(chosen);
    int at = typoable.get(random.nextInt(typoable.size()));
    misspelt.set(at, Typo.of(chosen.get(at), random));
    return new KnownItem(
        article.id(), article.title(), String.join(" ", chosen), String.join(" ", misspelt));
  }

  /** The words of a title that the fewest titles share, in title order. */
  private static List<String> chosen(List<String> words, Map<String, Integer> titlesWithWord) {
    List<String> rarest = new ArrayList<>(words);
    rarest.sort(Comparator.comparingInt(titlesWithWord::get)); // stable: ties keep title order
    List<String> chosen = new ArrayList<>(words);
    chosen.retainAll(rarest.subList(0, Math.min(MAX_WORDS, rarest.size())));
    return chosen;
  }

  /** Whether some word of a title is long enough for a typo, so the twin differs. */
  private static boolean hasTypoRoom(List<String> words) {
    return words.stream().anyMatch(word -> word.length() >= Typo.MIN_LENGTH);
  }

  /** The distinct usable words of {@code title}, lower case, in title order. */
  static List<String> words(String title) {
    LinkedHashSet<String> words = new LinkedHashSet<>();
    Matcher word = WORD.matcher(title);
    while (word.find()) {
      String lower = word.group().toLowerCase(Locale.ROOT);
      if (lower.length() >= MIN_WORD_LENGTH
          && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)) {
        words.add(lower);
      }
    }
    return List.copyOf(words);
  }
}
