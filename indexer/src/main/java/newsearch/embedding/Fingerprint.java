package newsearch.embedding;

import java.nio.ByteBuffer;
import newsearch.schema.Digest;

/**
 * The fingerprint a vector is cached under: the first 16 bytes of the SHA-256 of the text it was
 * made of, held as two longs (32 bytes of heap each, where a hex string takes about 80).
 *
 * @param high the first 8 bytes, big-endian
 * @param low the next 8 bytes, big-endian
 */
public record Fingerprint(long high, long low) {

  /** Bytes a fingerprint takes in the cache file. */
  static final int BYTES = 16;

  /** The fingerprint of {@code text}. */
  public static Fingerprint of(String text) {
    return read(ByteBuffer.wrap(Digest.sha256(text, BYTES)));
  }

  /** The fingerprint at the position of {@code buffer}, which it moves past it. */
  static Fingerprint read(ByteBuffer buffer) {
    return new Fingerprint(buffer.getLong(), buffer.getLong());
  }

  /** Puts this fingerprint at the position of {@code buffer}, as {@link #read} takes it back. */
  void writeTo(ByteBuffer buffer) {
    buffer.putLong(high).putLong(low);
  }
}
