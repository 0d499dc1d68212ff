package newsearch.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DigestTest {

  @Test
  void givesAPrefixOfTheSha256InLowerCaseHex() {
    // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
    assertEquals("ba7816bf", Digest.sha256Hex("abc", 4));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Digest.sha256Hex("abc", 32));
  }

  @Test
  void givesTheSamePrefixAsBytes() {
    assertArrayEquals(new byte[] {(byte) 0xba, 0x78, 0x16, (byte) 0xbf}, Digest.sha256("abc", 4));
  }

  @Test
  void hashesTheUtf8Bytes() {
    // SHA-256 of c3 a9, the UTF-8 encoding of é.
    assertEquals("4a99557e4033c353", Digest.sha256Hex("\u00e9", 8));
  }

  @Test
  void rejectsAPrefixLongerThanTheHash() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Digest.sha256Hex("abc", 33));
    assertEquals("bytes must be between 1 and 32, got 33", e.getMessage());
  }
}
