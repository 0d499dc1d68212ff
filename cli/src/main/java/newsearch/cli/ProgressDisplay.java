package newsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import newsearch.indexer.ReindexProgress;

/**
 * Shows a reindex job's progress: a bar redrawn in place on a terminal's {@link StatusLine}, or a
 * plain line every few seconds when the output is a file or a pipe (a log of an unattended job).
 * The bar says "done" only for the job's last report, which comes once the new index is published;
 * a job that fails after reading all its input shows "finishing" until its error replaces the bar.
 *
 * <p>Not thread-safe: the job reports from one thread. The caller closes it when the job returns or
 * fails, which erases a bar that never reached "done".
 */
final class ProgressDisplay implements Consumer<ReindexProgress>, AutoCloseable {

  private static final int BAR_WIDTH = 30;
  private static final double LOG_EVERY_SECONDS = 5;
  private static final long SECONDS_PER_HOUR = 3600;

  private final PrintWriter out;
  private final StatusLine terminal;
  private final RemainingTime remaining = new RemainingTime();
  private double lastLogged = Double.NEGATIVE_INFINITY;

  /**
   * @param out where plain lines go when there is no terminal
   * @param terminal the status line of the terminal to draw the bar on, or null to write lines
   */
  ProgressDisplay(PrintWriter out, StatusLine terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void accept(ReindexProgress p) {
    long secondsLeft = remaining.secondsLeft(p);
    if (terminal != null) {
      terminal.show(bar(p, secondsLeft));
      if (p.done()) {
        terminal.finish();
      }
    } else if (p.done() || p.seconds() - lastLogged >= LOG_EVERY_SECONDS) {
      lastLogged = p.seconds();
      out.println("reindex: " + status(p, secondsLeft));
      out.flush();
    }
  }

  /** Erases a bar left short of "done", so that an error stands on a line of its own. */
  @Override
  public void close() {
    if (terminal != null) {
      terminal.clear();
    }
  }

  /** {@code [#########.....] } followed by the {@link #status}. */
  static String bar(ReindexProgress p, long secondsLeft) {
    int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
    return "["
        + "#".repeat(filled)
        + ".".repeat(BAR_WIDTH - filled)
        + "] "
        + status(p, secondsLeft);
  }

  /**
   * The percentage read, the articles and the pace, the vectors made and taken from the cache when
   * there are any, then {@code ETA 1:02:05} when {@code secondsLeft} is not negative (there is
   * enough progress to estimate it), {@code finishing} once all input is read, {@code done} once
   * the index is published.
   */
  static String status(ReindexProgress p, long secondsLeft) {
    String rate =
        String.format(
            Locale.ROOT,
            "%3.0f%%  %,d articles  %.1f MB/s",
            p.fraction() * 100,
            p.articles(),
            p.megabytesPerSecond());
    if (p.embedded() + p.vectorsReused() > 0) {
      rate +=
          String.format(Locale.ROOT, "  %,d embedded, %,d cached", p.embedded(), p.vectorsReused());
    }
    if (p.done()) {
      return rate + "  done";
    }
    if (p.fraction() >= 1) {
      return rate + "  finishing";
    }
    return secondsLeft < 0 ? rate : rate + "  ETA " + duration(secondsLeft);
  }

  /** {@code m:ss} under an hour, {@code h:mm:ss} from an hour on. */
  static String duration(long seconds) {
    long hours = seconds / SECONDS_PER_HOUR;
    long minutes = seconds % SECONDS_PER_HOUR / 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }
}
