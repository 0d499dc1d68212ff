package newsearch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids for articles that carry none: the URL when there is one, else a hash of the content,
 * so the same article gets the same id in every run.
 */
public final class ContentId {

  private ContentId() {}

  /** The id for an article with this url (may be null), title (may be null) and body. */
  public static String of(String url, String title, String body) {
    if (url != null && !url.isBlank()) {
      return url.strip();
    }
    String content =
        (title == null ? "" : title.strip()) + "\n" + (body == null ? "" : body.strip());
    return "h" + HexFormat.of().formatHex(sha256(content), 0, 8);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
