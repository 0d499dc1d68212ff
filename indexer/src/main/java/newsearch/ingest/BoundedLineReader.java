package newsearch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;

/**
 * Reads lines of text, each of at most a given size in UTF-8 bytes, without ever holding more than
 * that: a longer line is passed over up to its end, keeping none of it, and reported as too long,
 * so one runaway record (a gzip stream that expands to one line of gigabytes) costs memory only for
 * the buffer. A line ends at {@code \n}, {@code \r} or {@code \r\n}, as {@link
 * java.io.BufferedReader#readLine} has it.
 *
 * <p>Used as a cursor: {@link #next} moves to the following line, then {@link #text} and {@link
 * #lineNumber} describe it. Does not close the reader. Not thread-safe.
 */
final class BoundedLineReader {

  private static final int BUFFER_CHARS = 8192;

  private final Reader in;
  private final long maxBytes;
  private final char[] buffer = new char[BUFFER_CHARS];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private boolean skipLineFeed;
  private long lineNumber;
  private String text;

  /** Reads {@code in} in lines of at most {@code maxBytes} UTF-8 bytes. */
  BoundedLineReader(Reader in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The limit on a line, in UTF-8 bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   * @throws IOException when the reader fails; {@link #lineNumber} is then that of the line before
   */
  boolean next() throws IOException {
    line.setLength(0);
    // Exact UTF-8 counting starts only once the line could be over the limit, at 3 bytes a char.
    long bytes = -1;
    boolean tooLong = false;
    boolean any = false;
    while (fill()) {
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      any = true;
      int start = position;
      int stop = start;
      while (stop < end && buffer[stop] != '\n' && buffer[stop] != '\r') {
        stop++;
      }
      if (!tooLong) {
        if (bytes < 0 && (line.length() + (long) (stop - start)) * 3 > maxBytes) {
          bytes = utf8Length(line, 0, line.length());
        }
        if (bytes >= 0) {
          bytes += utf8Length(CharBuffer.wrap(buffer), start, stop);
          tooLong = bytes > maxBytes;
        }
        if (tooLong) {
          line.setLength(0);
          line.trimToSize();
        } else {
          line.append(buffer, start, stop - start);
        }
      }
      position = stop;
      if (stop < end) {
        skipLineFeed = buffer[stop] == '\r';
        position++;
        return finish(tooLong);
      }
    }
    return any && finish(tooLong);
  }

  /** The current line without its end, or null when it was longer than the limit. */
  String text() {
    return text;
  }

  /** Whether the current line was longer than the limit, and so was not kept. */
  boolean tooLong() {
    return text == null;
  }

  /** The 1-based number of the current line; 0 before the first. */
  long lineNumber() {
    return lineNumber;
  }

  private boolean finish(boolean tooLong) {
    lineNumber++;
    text = tooLong ? null : line.toString();
    return true;
  }

  /** Whether unread characters are buffered, reading more when none are. */
  private boolean fill() throws IOException {
    while (position >= end) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        return false;
      }
      position = 0;
      end = n;
    }
    return true;
  }

  /**
   * UTF-8 bytes of {@code text[start, stop)}. Each half of a surrogate pair counts two bytes, which
   * is exact for the pair even when a read splits it; a lone surrogate, which the decoder never
   * produces, would count two where it takes three.
   */
  private static long utf8Length(CharSequence text, int start, int stop) {
    long bytes = 0;
    for (int i = start; i < stop; i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
