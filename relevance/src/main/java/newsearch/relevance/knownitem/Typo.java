package newsearch.relevance.knownitem;

import java.util.random.RandomGenerator;

/**
 * The slips of a typist: one letter dropped, doubled, or swapped with the next. The first letter is
 * never touched, since people rarely mistype the letter they start a word with, and a word shorter
 * than {@link #MIN_LENGTH} is left alone, since one edit in it makes another word as often as a
 * typo.
 */
final class Typo {

  /** The shortest word that gets a typo. */
  static final int MIN_LENGTH = 4;

  private Typo() {}

  /** Kinds of slip, in the order a random index picks them. */
  enum Kind {
    DROP,
    DOUBLE,
    SWAP
  }

  /** {@code word} with one slip, different from {@code word}, chosen by {@code random}. */
  static String of(String word, RandomGenerator random) {
    if (word.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("no typo in a word shorter than 4 letters: " + word);
    }
    while (true) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      int at = 1 + random.nextInt(word.length() - 1);
      String slipped = apply(word, kind, at);
      if (!slipped.equals(word)) {
        return slipped;
      }
    }
  }

  /** {@code word} with the slip {@code kind} at letter {@code at} (1 or more). */
  static String apply(String word, Kind kind, int at) {
    return switch (kind) {
      case DROP -> word.substring(0, at) + word.substring(at + 1);
      case DOUBLE -> word.substring(0, at + 1) + word.substring(at);
      case SWAP ->
          at + 1 >= word.length()
              ? word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1)
              : word.substring(0, at)
                  + word.charAt(at + 1)
                  + word.charAt(at)
                  + word.substring(at + 2);
    };
  }
}
