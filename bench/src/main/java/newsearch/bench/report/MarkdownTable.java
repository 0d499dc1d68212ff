package newsearch.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table built row by row; cells are text, numbers are formatted by the caller. */
public final class MarkdownTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private int firstNumberColumn = Integer.MAX_VALUE;

  /** A table with the column names {@code header}. */
  public MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row of as many cells as the header has. */
  public MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Aligns the columns from {@code column} (from 0) on to the right, as columns of numbers read
   * best.
   */
  public MarkdownTable numbersFrom(int column) {
    if (column < 0 || column >= header.size()) {
      throw new IllegalArgumentException(
          "column must be between 0 and " + (header.size() - 1) + ", got " + column);
    }
    firstNumberColumn = column;
    return this;
  }

  /** Whether no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    out.append('|');
    for (int column = 0; column < header.size(); column++) {
      out.append(column >= firstNumberColumn ? "---:|" : "---|");
    }
    out.append('\n');
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
