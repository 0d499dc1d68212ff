package newsearch.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The key under which copies of one story collapse: a hash of the first words of the body,
 * normalised (case, accents, punctuation and spacing ignored).
 *
 * <p>Syndicated wire copies carry the same text under other ids, sections and headlines, often with
 * a line of their own added at the end; the opening words stay the same. Bodies too short to tell
 * stories apart get no key and never collapse.
 */
public final class DuplicateKey {

  /** Words of the body that make the key. */
  static final int WORDS = 60;

  /** Bodies with fewer words than this get no key. */
  static final int MIN_WORDS = 25;

  /** Bytes of the hash kept in a key: 96 bits, so unrelated stories never share one. */
  private static final int KEY_BYTES = 12;

  private DuplicateKey() {}

  /**
   * Characters of the body read at first: 60 words of news text fit well within them. Folding and
   * splitting the whole body cost about a tenth of the indexing time, to use only its opening.
   */
  static final int OPENING_CHARS = 1_024;

  /** The key of a body, or null when it is too short to have one. */
  public static String of(String body) {
    if (body == null) {
      return null;
    }
    int length = Math.min(OPENING_CHARS, body.length());
    while (true) {
      int cut = cutAtSpace(body, length);
      List<String> words = words(body.substring(0, cut));
      if (words.size() >= WORDS || cut == body.length()) {
        return key(words);
      }
      length = (int) Math.min(body.length(), 2L * length);
    }
  }

  /**
   * The end of the opening to read: just after the last white space at or before {@code length}, so
   * that no word or accented letter is split and the opening's words are exactly the body's first
   * words; the whole body when there is no such point.
   */
  private static int cutAtSpace(String body, int length) {
    if (length < body.length()) {
      for (int i = length; i > 0; i--) {
        if (Character.isWhitespace(body.charAt(i - 1))) {
          return i;
        }
      }
    }
    return body.length();
  }

  /**
   * The words of {@code text}: {@linkplain TextFolding folded}, split at anything not a letter or
   * digit.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : TextFolding.fold(text).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String key(List<String> words) {
    if (words.size() < MIN_WORDS) {
      return null;
    }
    StringBuilder opening = new StringBuilder();
    for (String word : words.subList(0, Math.min(WORDS, words.size()))) {
      opening.append(word).append(' ');
    }
    return Digest.sha256Hex(opening.toString(), KEY_BYTES);
  }
}
