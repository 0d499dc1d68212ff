package newsearch.indexer;

import java.util.HashSet;
import java.util.Set;
import newsearch.schema.Article;
import newsearch.schema.TextFolding;

/**
 * Spots articles whose title and body, normalised (case, accents, punctuation and spacing ignored),
 * were already seen in this job under another id. Keeps 8 bytes of fingerprint per article. Not
 * thread-safe: the reading thread alone uses it.
 */
public final class ContentDuplicates {

  private final Set<Long> seen = new HashSet<>();

  /** Whether an article with the same normalised title and body was seen before. */
  public boolean isDuplicate(Article article) {
    Fingerprint print = new Fingerprint();
    print.addNormalised(article.title());
    print.addSeparator();
    print.addNormalised(article.body());
    return !seen.add(print.value());
  }

  /**
   * FNV-1a over 64 bits, of text as folded for comparison: letters and digits {@linkplain
   * TextFolding folded}, every run of anything else one separator, none at either end. Computed in
   * one pass over the folded text, without splitting it into words: this runs on the reading
   * thread, for every article of a batch job, so it must cost little next to parsing. Collisions
   * are negligible at archive sizes.
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
      String folded = TextFolding.fold(text);
      for (int i = 0; i < folded.length(); ) {
        int c = folded.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetterOrDigit(c)) {
          if (pendingSeparator && started) {
            mix(' ');
          }
          pendingSeparator = false;
          started = true;
          mix(c);
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
  }
}
