package newsearch.indexer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import newsearch.schema.Article;

/**
 * Spots articles whose title and body, normalised (case, accents, punctuation and spacing ignored),
 * were already seen in this job under another id. Keeps 8 bytes of fingerprint per article. Not
 * thread-safe: the reading thread alone uses it.
 */
final class ContentDuplicates {

  private final Set<Long> seen = new HashSet<>();

  /** Whether an article with the same normalised title and body was seen before. */
  boolean isDuplicate(Article article) {
    Fingerprint print = new Fingerprint();
    print.addNormalised(article.title());
    print.addSeparator();
    print.addNormalised(article.body());
    return !seen.add(print.value());
  }

  /**
   * FNV-1a over 64 bits, of text as folded for comparison: letters and digits lower-cased and
   * without accents, every run of anything else one separator, none at either end. Computed in one
   * pass without building the folded text: this runs on the reading thread, for every article of a
   * batch job, so it must cost little next to parsing. Collisions are negligible at archive sizes.
   */
  static final class Fingerprint {
    private long hash = 0xcbf29ce484222325L;
    private boolean pendingSeparator;
    private boolean started;

    /** Adds {@code text} (null is empty) as is, every character counting. */
    Fingerprint addExact(String text) {
      if (text != null) {
        for (int i = 0; i < text.length(); i++) {
          mix(text.charAt(i));
        }
      }
      return this;
    }

    /** Adds {@code text} (null is empty) folded for comparison. */
    void addNormalised(String text) {
      if (text == null) {
        return;
      }
      String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
      for (int i = 0; i < decomposed.length(); ) {
        int c = decomposed.codePointAt(i);
        i += Character.charCount(c);
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK) {
          continue;
        }
        if (Character.isLetterOrDigit(c)) {
          if (pendingSeparator && started) {
            mix(' ');
          }
          pendingSeparator = false;
          started = true;
          mix(Character.toLowerCase(c));
        } else {
          pendingSeparator = true;
        }
      }
    }

    /** Ends one field: what follows is folded as a new text. */
    void addSeparator() {
      mix('\n');
      pendingSeparator = false;
      started = false;
    }

    long value() {
      return hash;
    }

    private void mix(int c) {
      hash ^= c;
      hash *= 0x100000001b3L;
    }

    private static boolean isAscii(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= 0x80) {
          return false;
        }
      }
      return true;
    }
  }
}
