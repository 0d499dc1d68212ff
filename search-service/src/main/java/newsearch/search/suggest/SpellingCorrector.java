package newsearch.search.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.schema.NewsSchema;
import newsearch.search.query.UserQueryParser;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Finds the misspelt words of a query and the spellings the index offers for each.
 *
 * <p>A word of the query that the index lacks gets the most similar words it has, found with
 * Lucene's {@link DirectSpellChecker}: same first letter, and one edit in a word of four letters or
 * more, two in a word of seven or more. A word the index has, but rarely (in at most 1% of the
 * articles, Lucene's default), gets only words at least ten times as frequent: archives hold typos
 * too, but a rare word is more often just rare. A word in more than 1% of the articles is known
 * well and never misspelt, names included. Words come from {@link NewsSchema#SPELLING}, so a
 * correction is a word as written ({@code negotiations}), never a stem. Everything else in the
 * query text (operators, quotes, field prefixes, signs) is kept as typed, and a spelling takes the
 * case of the word it replaces.
 *
 * <p>Thread-safe: the spell checker is configured once and then only read, and a word's frequency
 * and the spellings found for it are kept per reader ({@link NearbySpellings}).
 */
public final class SpellingCorrector {

  /** Operator words of the query syntax; they are never corrected. */
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  /** A unit of the query text: quotes and white space separate units. */
  private static final Pattern UNIT = Pattern.compile("[^\\s\"]+");

  /** The sign and field prefix a unit may start with. */
  private static final Pattern SYNTAX = Pattern.compile("-?(?:(?i:title|body):)?");

  /**
   * How similar a correction must be: 1 minus its edits per letter of the shorter word. At 0.7 a
   * word of four letters may have one edit and a word of seven two; at Lucene's default of 0.5,
   * Reuters' index turned {@code kuril} into {@code khail}.
   */
  private static final float ACCURACY = 0.7f;

  /**
   * How similar a spelling of a word the index lacks must be when the query has other words to
   * weigh it by: two edits in a word of five letters, as {@code blare} is from {@code blair}.
   * Alone, such a word would be guessed at; with its neighbours, the spelling most articles hold
   * with them is chosen. A word the index has keeps {@link #ACCURACY}: at this one, {@code forest
   * fires flare} became {@code first first fears}.
   */
  private static final float ACCURACY_IN_CONTEXT = 0.6f;

  /**
   * How much more frequent a correction of a word in the index must be. Below this, the sample
   * corpus turned {@code glass} (one article) into {@code grass}.
   */
  private static final int KNOWN_WORD_RATIO = 10;

  /**
   * The share of the articles above which a word is known well and never corrected: 0.1%, 23
   * articles of Reuters and BBC together. At Lucene's default of 1%, {@code intl} (an abbreviation
   * in many Reuters titles) became {@code into}.
   */
  private static final float KNOWN_WELL = 0.001f;

  /**
   * The longest query that is respelt. Each word costs a walk of the dictionary's terms within two
   * edits of it; a query of more words than this is no typing slip, and bounding it keeps a pasted
   * paragraph from costing hundreds of walks.
   */
  static final int MAX_WORDS = 12;

  /**
   * How many spellings of one misspelt word are weighed. The closest spelling is not always the one
   * meant: {@code blare} is one edit from {@code blame} and two from {@code blair}, and only the
   * rest of the query ({@code tony}) tells them apart.
   */
  static final int CANDIDATES = 5;

  /**
   * How many close spellings are looked at to find the {@link #CANDIDATES} most frequent: a short
   * word has many neighbours one edit away ({@code blame}, {@code blake}, {@code blaze}, {@code
   * blade} and {@code bare} for {@code blare}), and the one meant may be two away.
   */
  private static final int INSPECTED = 20;

  /**
   * How many words' spellings are kept: the words of a few thousand distinct queries, a few hundred
   * bytes each.
   */
  static final int WORDS_KEPT = 4_096;

  private final NewsSchema schema;
  private final NearbySpellings nearby;

  public SpellingCorrector(NewsSchema schema) {
    this.schema = schema;
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setAccuracy(ACCURACY_IN_CONTEXT);
    checker.setMaxQueryFrequency(KNOWN_WELL);
    this.nearby = new NearbySpellings(checker, INSPECTED, WORDS_KEPT);
  }

  /**
   * The misspelt words of the query, in query order, each with up to {@link #CANDIDATES} spellings
   * the index holds, most frequent first, in the case of the word typed; empty when the query has
   * more than {@link #MAX_WORDS} words.
   */
  public List<Misspelling> misspellings(IndexReader reader, String query) throws IOException {
    List<Word> words = words(query);
    if (words.size() > MAX_WORDS) {
      return List.of();
    }
    List<Misspelling> misspelt = new ArrayList<>();
    for (Word word : words) {
      Term typedTerm = new Term(NewsSchema.SPELLING, word.term());
      NearbySpellings.Spellings known = nearby.of(reader, typedTerm);
      int typedFreq = known.freq();
      String typed = query.substring(word.start(), word.end());
      List<SuggestWord> spellings = new ArrayList<>();
      for (SuggestWord better : known.nearby()) {
        boolean closeEnough = better.score >= ACCURACY || (typedFreq == 0 && words.size() > 1);
        if (closeEnough && better.freq >= KNOWN_WORD_RATIO * typedFreq) {
          spellings.add(better);
        }
      }
      if (!spellings.isEmpty()) {
        // Stable: among equally frequent spellings the closer comes first.
        spellings.sort(Comparator.comparingInt((SuggestWord w) -> w.freq).reversed());
        List<String> cased =
            spellings.stream()
                .limit(CANDIDATES)
                .map(better -> inCaseOf(typed, better.string))
                .toList();
        misspelt.add(new Misspelling(word.start(), word.end(), cased));
      }
    }
    return misspelt;
  }

  /**
   * A word of the query as the spelling field holds it, and where it stands in the query text.
   *
   * @param term the analysed word
   * @param start offset of its first character in the query
   * @param end offset after its last character
   */
  private record Word(String term, int start, int end) {}

  /**
   * The words of the query outside its syntax. The tokenizer would read {@code title:peece} as one
   * word, so the signs, prefixes and operators of {@link UserQueryParser} are set aside first.
   */
  private List<Word> words(String query) {
    List<Word> words = new ArrayList<>();
    Matcher unit = UNIT.matcher(query);
    while (unit.find()) {
      if (OPERATORS.contains(unit.group())) {
        continue;
      }
      Matcher syntax = SYNTAX.matcher(unit.group());
      int from = syntax.lookingAt() ? unit.start() + syntax.end() : unit.start();
      addWords(query, from, unit.end(), words);
    }
    return words;
  }

  private void addWords(String query, int from, int to, List<Word> into) {
    String text = query.substring(from, to);
    try (TokenStream tokens = schema.analyzer().tokenStream(NewsSchema.SPELLING, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        into.add(new Word(term.toString(), from + offset.startOffset(), from + offset.endOffset()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
  }

  /** {@code word} in upper case, capitalised or lower case, as {@code typed} was written. */
  private static String inCaseOf(String typed, String word) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(typed.codePointAt(0))) {
      return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
    return word;
  }
}
