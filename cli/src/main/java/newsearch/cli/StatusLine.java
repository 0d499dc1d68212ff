package newsearch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The error output of a terminal with one status line at its foot, such as a progress bar redrawn
 * in place. Whatever else is written to the stream (a log line, a warning) goes above the status:
 * the status is erased first and drawn again under the text once the text ends its line, so the two
 * never run into each other on one line.
 *
 * <p>Thread-safe: log lines come from any thread while the job's thread redraws the status. Closing
 * it does not close the terminal.
 */
final class StatusLine extends OutputStream {

  /** Back to the start of the line, then erase to its end. */
  static final String ERASE = "\r\033[K";

  private static final byte[] ERASE_BYTES = ERASE.getBytes(StandardCharsets.US_ASCII);

  private final OutputStream terminal;

  /** The status to keep at the foot, or null when there is none. */
  private byte[] status;

  /** Whether {@link #status} is drawn on the last line of the terminal right now. */
  private boolean drawn;

  /** Whether other text has left the cursor in the middle of a line. */
  private boolean midLine;

  /** A status line over {@code terminal}, the stream of a terminal. */
  StatusLine(OutputStream terminal) {
    this.terminal = terminal;
  }

  /** Draws {@code text} as the status in place of the one shown, and keeps it at the foot. */
  synchronized void show(String text) {
    status = text.getBytes(StandardCharsets.UTF_8);
    if (!midLine) {
      draw();
    }
  }

  /** Leaves the status shown as the last line of its job, ends that line, and stops keeping it. */
  synchronized void finish() {
    if (drawn) {
      byte[] end = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
      put(end, 0, end.length);
      flushTerminal();
    }
    status = null;
    drawn = false;
  }

  /**
   * Erases the status and stops keeping it, so that what comes next stands on a line of its own.
   */
  synchronized void clear() {
    if (drawn) {
      put(ERASE_BYTES, 0, ERASE_BYTES.length);
      flushTerminal();
    }
    status = null;
    drawn = false;
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    if (length == 0) {
      return;
    }
    if (drawn) {
      put(ERASE_BYTES, 0, ERASE_BYTES.length);
      drawn = false;
    }
    put(bytes, offset, length);
    midLine = bytes[offset + length - 1] != '\n';
    if (!midLine && status != null) {
      draw();
    }
  }

  @Override
  public synchronized void flush() {
    flushTerminal();
  }

  private void draw() {
    put(ERASE_BYTES, 0, ERASE_BYTES.length);
    put(status, 0, status.length);
    drawn = true;
    flushTerminal();
  }

  private void put(byte[] bytes, int offset, int length) {
    try {
      terminal.write(bytes, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flushTerminal() {
    try {
      terminal.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
