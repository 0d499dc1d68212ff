package newsearch.cli;

import java.io.PrintWriter;
import java.util.List;

/** The indented lines under a report's summary: what was rejected and what was kept with a gap. */
final class ReportLines {

  private ReportLines() {}

  /** Prints {@code " rejected ..."} and {@code " warning ..."} lines, then flushes. */
  static void print(PrintWriter out, List<String> rejected, List<String> warnings) {
    rejected.forEach(r -> out.println("  rejected " + r));
    warnings.forEach(w -> out.println("  warning " + w));
    out.flush();
  }
}
