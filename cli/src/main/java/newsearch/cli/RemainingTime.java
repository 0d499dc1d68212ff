package newsearch.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import newsearch.indexer.ReindexProgress;

/**
 * How long a reindex job still has to go, at the pace of its last few seconds. The first moments of
 * a job (opening files, a cold JIT) run slower than the rest, so there is no estimate until the job
 * has run {@link #MIN_SECONDS} and read {@link #MIN_FRACTION} of its input, and the pace is that of
 * the last {@link #WINDOW_SECONDS}, not the average since the start.
 *
 * <p>Not thread-safe: one job reports from one thread.
 */
final class RemainingTime {

  /** Seconds a job runs before it is given an estimate. */
  static final double MIN_SECONDS = 3;

  /** Share of the input a job reads before it is given an estimate. */
  static final double MIN_FRACTION = 0.05;

  /** The span of the recent reports whose pace the estimate follows. */
  static final double WINDOW_SECONDS = 10;

  private final Deque<ReindexProgress> recent = new ArrayDeque<>();

  /** Takes in {@code p}, the newest report, and returns the seconds still to go, or -1. */
  long secondsLeft(ReindexProgress p) {
    recent.addLast(p);
    while (recent.size() > 2 && p.seconds() - recent.peekFirst().seconds() > WINDOW_SECONDS) {
      recent.removeFirst();
    }
    if (p.seconds() < MIN_SECONDS || p.fraction() < MIN_FRACTION || p.fraction() >= 1) {
      return -1;
    }
    ReindexProgress oldest = recent.peekFirst();
    long bytes = p.bytesRead() - oldest.bytesRead();
    double seconds = p.seconds() - oldest.seconds();
    if (bytes <= 0 || seconds <= 0) {
      return -1;
    }
    return Math.round((p.bytesTotal() - p.bytesRead()) * seconds / bytes);
  }
}
