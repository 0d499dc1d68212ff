package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsearch.indexer.ReindexProgress;
import org.junit.jupiter.api.Test;

/** The progress line: its numbers, when it offers an ETA, and how the ETA is written. */
class ProgressDisplayTest {

  private static final long MB = 1_000_000;

  private static ReindexProgress at(long bytesRead, double seconds) {
    return new ReindexProgress(bytesRead, 100 * MB, bytesRead / 1000, seconds, false);
  }

  @Test
  void durationsAreMinutesAndSecondsUnderAnHourAndHoursMinutesSecondsFromThen() {
    assertEquals("0:00", ProgressDisplay.duration(0));
    assertEquals("0:09", ProgressDisplay.duration(9));
    assertEquals("11:02", ProgressDisplay.duration(662));
    assertEquals("59:59", ProgressDisplay.duration(3599));
    assertEquals("1:00:00", ProgressDisplay.duration(3600));
    assertEquals("1:02:05", ProgressDisplay.duration(3725));
    assertEquals("318:36:30", ProgressDisplay.duration(318 * 3600 + 36 * 60 + 30));
  }

  @Test
  void thereIsNoEtaUntilThreeSecondsAndFivePercent() {
    RemainingTime remaining = new RemainingTime();
    assertEquals(-1, remaining.secondsLeft(at(1 * MB, 0.2)));
    assertEquals(-1, remaining.secondsLeft(at(4 * MB, 2.9)), "5% not reached, 3 s not reached");
    assertEquals(-1, remaining.secondsLeft(at(4 * MB, 3.5)), "3 s but 4%");
    // 5 MB in 4 s since the first report (1 MB at 0.2 s): 4 MB / 3.8 s; 95 MB to go.
    assertEquals(Math.round(95 * 3.8 / 4), remaining.secondsLeft(at(5 * MB, 4.0)));
  }

  @Test
  void theEtaFollowsThePaceOfTheLastTenSecondsNotASlowStart() {
    RemainingTime remaining = new RemainingTime();
    // A slow first 10 s (1 MB/s), then 4 MB/s.
    for (int s = 0; s <= 10; s++) {
      remaining.secondsLeft(at(s * MB, s));
    }
    long eta = -1;
    for (int s = 11; s <= 21; s++) {
      eta = remaining.secondsLeft(at((10 + 4L * (s - 10)) * MB, s));
    }
    // At 21 s: 54 MB read at 4 MB/s over the last 10 s; 46 MB to go.
    assertEquals(Math.round(46 / 4.0), eta);
  }

  @Test
  void theStatusSaysFinishingOnceReadAndDoneOnlyWhenPublished() {
    assertEquals(
        " 50%  50,000 articles  5.0 MB/s  ETA 1:02:05",
        ProgressDisplay.status(at(50 * MB, 10), 3725));
    assertEquals(" 50%  50,000 articles  5.0 MB/s", ProgressDisplay.status(at(50 * MB, 10), -1));
    assertEquals(
        "100%  100,000 articles  10.0 MB/s  finishing",
        ProgressDisplay.status(at(100 * MB, 10), -1));
    assertEquals(
        "100%  100,000 articles  10.0 MB/s  done",
        ProgressDisplay.status(new ReindexProgress(100 * MB, 100 * MB, 100_000, 10, true), -1));
  }

  @Test
  void withoutATerminalItWritesALineEveryFiveSecondsAndTheLastOne() {
    StringWriter out = new StringWriter();
    try (ProgressDisplay display = new ProgressDisplay(new PrintWriter(out), null)) {
      display.accept(at(1 * MB, 0.2));
      display.accept(at(2 * MB, 2.0));
      display.accept(at(6 * MB, 5.2));
      display.accept(new ReindexProgress(100 * MB, 100 * MB, 100_000, 9, true));
    }
    assertEquals(
        "reindex:   1%  1,000 articles  5.0 MB/s\n"
            + "reindex:   6%  6,000 articles  1.2 MB/s  ETA 1:34\n"
            + "reindex: 100%  100,000 articles  11.1 MB/s  done\n",
        out.toString());
  }

  @Test
  void onATerminalTheBarIsDrawnOnTheStatusLineAndEndsItsLineWhenDone() {
    java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
    try (ProgressDisplay display =
        new ProgressDisplay(new PrintWriter(new StringWriter()), new StatusLine(terminal))) {
      display.accept(new ReindexProgress(100 * MB, 100 * MB, 100_000, 9, true));
    }
    assertEquals(
        StatusLine.ERASE
            + "[##############################] 100%  100,000 articles  11.1 MB/s  done\n",
        terminal.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
