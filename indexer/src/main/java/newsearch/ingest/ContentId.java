package newsearch.ingest;

import newsearch.schema.Digest;

/**
 * Stable ids for articles that carry none: the URL when there is one, else a hash of the content,
 * so the same article gets the same id in every run.
 */
public final class ContentId {

  /** Bytes of the content hash in an id: 64 bits, ample for one archive's articles. */
  private static final int HASH_BYTES = 8;

  private ContentId() {}

  /** The id for an article with this url (may be null), title (may be null) and body. */
  public static String of(String url, String title, String body) {
    if (url != null && !url.isBlank()) {
      return url.strip();
    }
    String content =
        (title == null ? "" : title.strip()) + "\n" + (body == null ? "" : body.strip());
    return "h" + Digest.sha256Hex(content, HASH_BYTES);
  }
}
