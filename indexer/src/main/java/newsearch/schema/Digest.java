package newsearch.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The one content hash: SHA-256 of a string's UTF-8 bytes, cut to a prefix, as bytes or written in
 * lower-case hex. Duplicate keys and content ids are such prefixes and are stored in indexes, so
 * the encoding must never change. Stateless and thread-safe.
 */
public final class Digest {

  private Digest() {}

  /**
   * The first {@code bytes} bytes (1 to 32) of the SHA-256 of {@code text}, as {@code 2 * bytes}
   * hex digits.
   */
  public static String sha256Hex(String text, int bytes) {
    return HexFormat.of().formatHex(sha256(text, bytes));
  }

  /** The first {@code bytes} bytes (1 to 32) of the SHA-256 of {@code text}. */
  public static byte[] sha256(String text, int bytes) {
    if (bytes < 1 || bytes > 32) {
      throw new IllegalArgumentException("bytes must be between 1 and 32, got " + bytes);
    }
    return Arrays.copyOf(sha256(text), bytes);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
