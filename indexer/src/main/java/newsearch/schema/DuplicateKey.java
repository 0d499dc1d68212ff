package newsearch.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

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

  private DuplicateKey() {}

  /** The key of a body, or null when it is too short to have one. */
  public static String of(String body) {
    if (body == null) {
      return null;
    }
    String folded =
        Normalizer.normalize(body, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String[] words = folded.split("[^\\p{L}\\p{N}]+");
    StringBuilder opening = new StringBuilder();
    int count = 0;
    for (String word : words) {
      if (!word.isEmpty() && count < WORDS) {
        opening.append(word).append(' ');
        count++;
      }
    }
    return count < MIN_WORDS ? null : HexFormat.of().formatHex(sha256(opening.toString()), 0, 12);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
