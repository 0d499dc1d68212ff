package newsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import newsearch.indexer.ReindexProgress;

/**
 * Shows a reindex job's progress: a bar redrawn in place on a terminal, or a plain line every few
 * seconds when the output is a file or a pipe (a log of an unattended job).
 */
final class ProgressDisplay implements Consumer<ReindexProgress> {

  private static final int BAR_WIDTH = 30;
  private static final double LOG_EVERY_SECONDS = 5;

  private final PrintWriter out;
  private final boolean terminal;
  private double lastLogged = Double.NEGATIVE_INFINITY;

  /**
   * @param out where to write
   * @param terminal whether {@code out} is a terminal that can redraw a line
   */
  ProgressDisplay(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void accept(ReindexProgress p) {
    if (terminal) {
      int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
      out.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(BAR_WIDTH - filled)
              + "] "
              + status(p)
              + (p.done() ? System.lineSeparator() : ""));
      out.flush();
    } else if (p.done() || p.seconds() - lastLogged >= LOG_EVERY_SECONDS) {
      lastLogged = p.seconds();
      out.println("reindex: " + status(p));
      out.flush();
    }
  }

  static String status(ReindexProgress p) {
    long eta = p.etaSeconds();
    return String.format(
        Locale.ROOT,
        "%3.0f%%  %,d articles  %.1f MB/s  %s",
        p.fraction() * 100,
        p.articles(),
        p.megabytesPerSecond(),
        p.done()
            ? "done"
            : eta < 0
                ? "ETA --:--"
                : String.format(Locale.ROOT, "ETA %d:%02d", eta / 60, eta % 60));
  }
}
