package newsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  /** Every line as text, {@code null} for one over the limit, with its number. */
  private static List<String> lines(Reader in, long maxBytes) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, maxBytes);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      out.add(lines.lineNumber() + ":" + lines.text());
    }
    return out;
  }

  @Test
  void endsLinesAtLineFeedCarriageReturnOrBoth() throws IOException {
    assertEquals(
        List.of("1:a", "2:b", "3:", "4:c", "5:d"), lines(new StringReader("a\nb\r\n\nc\rd"), 1024));
    assertEquals(List.of(), lines(new StringReader(""), 1024));
    assertEquals(List.of("1:a"), lines(new StringReader("a\r\n"), 1024));
  }

  @Test
  void passesOverALineLongerThanTheLimitAndReadsTheNext() throws IOException {
    String input = "first\n" + "x".repeat(5_000) + "\nthird\n";

    assertEquals(List.of("1:first", "2:null", "3:third"), lines(new StringReader(input), 1024));
  }

  @Test
  void measuresTheLimitInUtf8Bytes() throws IOException {
    BoundedLineReader lines =
        new BoundedLineReader(new StringReader("é".repeat(512) + "\n" + "é".repeat(513)), 1024);

    assertTrue(lines.next());
    assertEquals(512, lines.text().length());
    assertTrue(lines.next());
    assertTrue(lines.tooLong());
    assertNull(lines.text());
    assertFalse(lines.next());
  }

  @Test
  void keepsTheLineEndTogetherWhenItFallsBetweenTwoReads() throws IOException {
    // 8191 characters then CR fill the buffer exactly; the LF arrives with the next read.
    String input = "y".repeat(8_191) + "\r\nnext\n";

    assertEquals(List.of(8_191, 4), textLengths(new StringReader(input)));
  }

  private static List<Integer> textLengths(Reader in) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, 1 << 20);
    List<Integer> lengths = new ArrayList<>();
    while (lines.next()) {
      lengths.add(lines.text().length());
    }
    return lengths;
  }

  /**
   * A line of 1.5 billion characters: held whole, even one byte a character, it would need more
   * heap than the tests have, so reading past it proves it is not kept.
   */
  @Test
  void readsPastALineLongerThanAnyStringWithoutKeepingIt() throws IOException {
    Reader endless = new RepeatingReader('z', 1_500_000_000L, "\nafter\n");

    assertEquals(List.of("1:null", "2:after"), lines(endless, 1 << 20));
  }

  /** {@code count} copies of one character, then a tail; made as it is read, never stored. */
  private static final class RepeatingReader extends Reader {
    private final char c;
    private final String tail;
    private long left;
    private int tailRead;

    RepeatingReader(char c, long count, String tail) {
      this.c = c;
      this.left = count;
      this.tail = tail;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (left > 0) {
        int n = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + n, c);
        left -= n;
        return n;
      }
      if (tailRead == tail.length()) {
        return -1;
      }
      int n = Math.min(length, tail.length() - tailRead);
      tail.getChars(tailRead, tailRead + n, buffer, offset);
      tailRead += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
