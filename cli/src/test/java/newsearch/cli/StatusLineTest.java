package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Log lines written while a progress bar is drawn go above it, and the bar is drawn again. */
class StatusLineTest {

  private static final String E = StatusLine.ERASE;

  private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  private final StatusLine line = new StatusLine(terminal);
  private final PrintStream err = new PrintStream(line, true, StandardCharsets.UTF_8);

  private String shown() {
    return terminal.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLogLineErasesTheBarTakesItsLineAndTheBarIsDrawnBelowIt() {
    line.show("[###...] 50%");
    err.print("04:00:00.000 WARN  skipped a.jsonl\n");
    assertEquals(
        E + "[###...] 50%" + E + "04:00:00.000 WARN  skipped a.jsonl\n" + E + "[###...] 50%",
        shown());
  }

  @Test
  void aLineWrittenInPiecesGetsTheBarBackOnlyOnceItEnds() {
    line.show("[#] 10%");
    err.print("04:00:00.000 WARN ");
    line.show("[##] 20%");
    err.print("half a line\n");
    assertEquals(E + "[#] 10%" + E + "04:00:00.000 WARN half a line\n" + E + "[##] 20%", shown());
  }

  @Test
  void finishingKeepsTheLastBarAsALineAndStopsRedrawingIt() {
    line.show("[######] 100% done");
    line.finish();
    err.print("indexed 48 articles\n");
    assertEquals(E + "[######] 100% done\nindexed 48 articles\n", shown());
  }

  @Test
  void clearingErasesTheBarSoAnErrorStandsAlone() {
    line.show("[######] 100% finishing");
    line.clear();
    err.print("newsearch reindex: no article could be indexed\n");
    assertEquals(
        E + "[######] 100% finishing" + E + "newsearch reindex: no article could be indexed\n",
        shown());
  }

  @Test
  void withoutABarTextPassesThroughUntouched() {
    err.print("plain\n");
    assertEquals("plain\n", shown());
  }
}
