package newsearch.indexer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
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
    return !seen.add(fingerprint(normalise(article.title()) + "\n" + normalise(article.body())));
  }

  private static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /** FNV-1a over UTF-8, 64 bits: collisions are negligible at archive sizes. */
  private static long fingerprint(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
