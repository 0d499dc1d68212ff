package newsearch.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newsearch.ingest.ArticleFileReader;
import newsearch.ingest.CollectingSink;

/**
 * Reads every page of an extraction set (the files in one folder that have an expectation file
 * beside them, in name order) with the indexer's reader and checks each expected field.
 *
 * @param pages the number of pages read
 * @param checks every check, page by page
 */
public record ExtractionReport(int pages, List<Check> checks) {

  /** Copies the list. */
  public ExtractionReport {
    checks = List.copyOf(checks);
  }

  /** Reads and checks the set in {@code folder}. */
  public static ExtractionReport of(Path folder) throws IOException {
    ArticleFileReader reader = new ArticleFileReader();
    List<Path> pages = pagesIn(folder);
    List<Check> checks = new ArrayList<>();
    for (Path page : pages) {
      CollectingSink read = new CollectingSink();
      reader.readOrReject(page, read, bytes -> {});
      checks.addAll(PageChecker.check(ExpectedPage.read(page), read));
    }
    return new ExtractionReport(pages.size(), checks);
  }

  /** The share of checks passed, from 0 to 1. */
  public double accuracy() {
    return checks.isEmpty() ? 0 : passed(checks) / (double) checks.size();
  }

  /** The checks of each kind, for the per-field lines of the report. */
  public Map<FieldKind, List<Check>> byKind() {
    Map<FieldKind, List<Check>> byKind = new EnumMap<>(FieldKind.class);
    for (Check check : checks) {
      byKind.computeIfAbsent(check.expectation().kind(), k -> new ArrayList<>()).add(check);
    }
    return byKind;
  }

  /** The report as text: one line per field kind, the overall line, then every miss. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-14s %7s %7s %8s", "field", "right", "checks", "share"));
    byKind().forEach((kind, list) -> lines.add(row(kind.key(), list)));
    lines.add(row("overall", checks));
    lines.add("pages: " + pages);
    for (Check miss : checks.stream().filter(c -> !c.passed()).toList()) {
      Expectation e = miss.expectation();
      lines.add(
          String.format(
              Locale.ROOT,
              "miss %s %s: expected '%s', got '%s'",
              miss.page().getFileName(),
              e.kind().key(),
              e.value(),
              miss.actual()));
    }
    return lines;
  }

  private static String row(String name, List<Check> list) {
    return String.format(
        Locale.ROOT,
        "%-14s %7d %7d %7.1f%%",
        name,
        passed(list),
        list.size(),
        100.0 * passed(list) / list.size());
  }

  private static long passed(List<Check> list) {
    return list.stream().filter(Check::passed).count();
  }

  private static List<Path> pagesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> !f.getFileName().toString().endsWith(ExpectedPage.EXTENSION))
          .filter(f -> Files.exists(ExpectedPage.expectationFile(f)))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
