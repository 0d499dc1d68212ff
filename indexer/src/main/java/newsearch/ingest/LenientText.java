package newsearch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes without ever refusing them, because an archive of old pages is full of
 * text that is not quite UTF-8 and a page with one odd byte is still worth indexing.
 *
 * <p>A byte-order mark decides first. Otherwise bytes that are valid UTF-8 are read as UTF-8; HTML
 * that is not falls back to the charset its {@code <meta>} declares; anything else is read as
 * windows-1252, the usual encoding of older Western pages, which gives a character for every byte.
 * Stateless and thread-safe.
 */
final class LenientText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Declarations sit in the head, near the start of the page. */
  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})");

  private LenientText() {}

  /** The text of {@code bytes}; {@code html} lets a {@code <meta charset>} declaration count. */
  static String decode(byte[] bytes, boolean html) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      Charset charset = html ? declaredCharset(bytes).orElse(WINDOWS_1252) : WINDOWS_1252;
      return new String(bytes, charset);
    }
  }

  /** The charset a page declares, unless it claims UTF-8, which these bytes are known not to be. */
  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Charset declared = Charset.forName(m.group(1));
      return declared.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(declared);
    } catch (IllegalArgumentException unknownCharset) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
