package newsearch.search.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries of news text, each decided from the characters around it: the sentence breaks
 * that snippets are cut at.
 *
 * <p>The rules are the core of Unicode's sentence rules (UAX #29) as the JDK's sentence instance
 * applies them to prose: a sentence ends after {@code .}, {@code !} or {@code ?} (a run of them,
 * and any closing quotes or brackets after it) followed by space, the break falling after the
 * space; after a full stop the sentence goes on when the next letter is lower case ({@code e.g.
 * the}, {@code p. 3 of}); a full stop inside a word or number ({@code U.S.}, {@code 3.5}) ends
 * nothing; the ideographic marks {@code 。！？} end a sentence with no space after them. A single line
 * break reads as a space, since text wrapped at a fixed width (wire copy) breaks lines inside
 * sentences; a paragraph break, two line breaks or more, always ends a sentence, where the JDK's
 * runs a heading or a list item without a full stop into the next paragraph.
 *
 * <p>Why not the JDK's: a snippet needs two boundary lookups around every matching sentence of a
 * body, and the JDK's sentence instance, which re-reads the text around each offset through a
 * {@link CharacterIterator} by its rule tables, took 2.5 to 5 microseconds a lookup on the bench
 * corpus's bodies (ICU4J's about half that): a fifth of a one-hit search in process. This one looks
 * at a few characters for each position it passes, from the offset asked to the nearest boundary,
 * and is about four times faster (README, Performance).
 */
public final class SentenceBreakIterator extends BreakIterator {

  private String text = "";

  /** The index of the text's first character in the iterator set by {@link #setText}. */
  private int base;

  private CharacterIterator iterator = new StringCharacterIterator("");

  /** The current boundary, counted from the start of {@link #text}. */
  private int current;

  /** An iterator over no text; {@link #setText} gives it some. */
  public SentenceBreakIterator() {}

  @Override
  public void setText(String newText) {
    start(newText, 0, new StringCharacterIterator(newText));
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    newText.first();
    start(copy.toString(), newText.getBeginIndex(), newText);
  }

  private void start(String newText, int newBase, CharacterIterator newIterator) {
    text = newText;
    base = newBase;
    iterator = newIterator;
    current = 0;
  }

  @Override
  public CharacterIterator getText() {
    return iterator;
  }

  @Override
  public int first() {
    current = 0;
    return base;
  }

  @Override
  public int last() {
    current = text.length();
    return base + current;
  }

  @Override
  public int current() {
    return base + current;
  }

  @Override
  public int next() {
    return current == text.length() ? DONE : moveTo(after(current));
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    return current == 0 ? DONE : moveTo(before(current));
  }

  @Override
  public int following(int offset) {
    int at = checked(offset);
    return at == text.length() ? DONE : moveTo(after(at));
  }

  @Override
  public int preceding(int offset) {
    int at = checked(offset);
    return at == 0 ? DONE : moveTo(before(at));
  }

  private int moveTo(int boundary) {
    current = boundary;
    return base + boundary;
  }

  private int checked(int offset) {
    int at = offset - base;
    if (at < 0 || at > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " is outside the text");
    }
    return at;
  }

  /** The first boundary above {@code at}, which is below the end of the text. */
  private int after(int at) {
    int p = at + 1;
    while (!isBoundaryAt(p)) {
      p++;
    }
    return p;
  }

  /** The last boundary below {@code at}, which is above 0. */
  private int before(int at) {
    int p = at - 1;
    while (!isBoundaryAt(p)) {
      p--;
    }
    return p;
  }

  /** Whether a sentence starts at {@code p}: the rules of the class comment. */
  private boolean isBoundaryAt(int p) {
    if (p <= 0 || p >= text.length()) {
      return true;
    }
    char previous = text.charAt(p - 1);
    char next = text.charAt(p);
    // Most positions follow a letter or digit, which no sentence ends with.
    if (!(isSpace(previous) || isLineBreak(previous) || isClosing(previous) || isMark(previous))) {
      return false;
    }
    if (isSpace(next) || isLineBreak(next)) {
      return false;
    }
    int i = p - 1;
    int lineBreaks = 0;
    for (; i >= 0 && (isSpace(text.charAt(i)) || isLineBreak(text.charAt(i))); i--) {
      // A CR before a LF is one line break with it; the character after i is within the text.
      char c = text.charAt(i);
      if (isLineBreak(c) && !(c == '\r' && text.charAt(i + 1) == '\n')) {
        lineBreaks++;
      }
    }
    if (lineBreaks >= 2) {
      return true;
    }
    boolean spaced = i < p - 1;
    while (i >= 0 && isClosing(text.charAt(i))) {
      i--;
    }
    if (i < 0 || !isMark(text.charAt(i))) {
      return false;
    }
    boolean ideographic = false;
    while (i >= 0 && isMark(text.charAt(i))) {
      ideographic |= isIdeographicEnd(text.charAt(i));
      i--;
    }
    if (ideographic) {
      return spaced || !(isClosing(next) || isMark(next));
    }
    return spaced && !(text.charAt(i + 1) == '.' && continuesLowerCase(p));
  }

  /**
   * Whether the first letter from {@code i} on is lower case, before any line break or sentence
   * mark: then a full stop was an abbreviation's.
   */
  private boolean continuesLowerCase(int i) {
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (isLineBreak(c) || isMark(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isMark(char c) {
    return c == '.' || c == '!' || c == '?' || isIdeographicEnd(c);
  }

  private static boolean isIdeographicEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '｡';
  }

  private static boolean isClosing(char c) {
    return switch (c) {
      case '"', '\'', ')', ']', '}', '»', '’', '”', '」', '』', '）', '〕', '】' -> true;
      default -> false;
    };
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || (c > 127 && !isLineBreak(c) && Character.isSpaceChar(c));
  }
}
