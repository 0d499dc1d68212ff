package newsearch.search.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a respelling of a query from the words of the index, for "did you mean".
 *
 * <p>Each word of the query that the index lacks is replaced by the most similar word it has, found
 * with Lucene's {@link DirectSpellChecker}: same first letter, and one edit in a word of four
 * letters or more, two in a word of seven or more. A word the index has, but rarely (in at most 1%
 * of the articles, Lucene's default), is replaced only by a word at least ten times as frequent:
 * archives hold typos too, but a rare word is more often just rare. Words come from {@link
 * NewsSchema#SPELLING}, so a correction is a word as written ({@code negotiations}), never a stem.
 * Everything else in the query text (operators, quotes, field prefixes, signs) is kept as typed,
 * and a correction takes the case of the word it replaces.
 *
 * <p>Thread-safe: the spell checker is configured once and then only read.
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
   * How much more frequent a correction of a word in the index must be. Below this, the sample
   * corpus turned {@code glass} (one article) into {@code grass}.
   */
  private static final int KNOWN_WORD_RATIO = 10;

  /**
   * The longest query that is respelt. Each word costs a walk of the dictionary's terms within two
   * edits of it; a query of more words than this is no typing slip, and bounding it keeps a pasted
   * paragraph from costing hundreds of walks.
   */
  static final int MAX_WORDS = 12;

  private final NewsSchema schema;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  public SpellingCorrector(NewsSchema schema) {
    this.schema = schema;
    checker.setAccuracy(ACCURACY);
  }

  /**
   * The query with its misspelt words corrected, or empty when no word needs correcting or the
   * query has more than {@link #MAX_WORDS} words.
   */
  public Optional<String> correct(IndexReader reader, String query) throws IOException {
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    List<Word> words = words(query);
    if (words.size() > MAX_WORDS) {
      return Optional.empty();
    }
    for (Word word : words) {
      Term typedTerm = new Term(NewsSchema.SPELLING, word.term());
      SuggestWord[] better =
          checker.suggestSimilar(typedTerm, 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
      if (better.length > 0 && better[0].freq >= KNOWN_WORD_RATIO * reader.docFreq(typedTerm)) {
        String typed = query.substring(word.start(), word.end());
        corrected.append(query, copied, word.start()).append(inCaseOf(typed, better[0].string));
        copied = word.end();
        changed = true;
      }
    }
    if (!changed) {
      return Optional.empty();
    }
    return Optional.of(corrected.append(query, copied, query.length()).toString());
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
