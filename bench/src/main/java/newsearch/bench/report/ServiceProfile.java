package newsearch.bench.report;

import static newsearch.bench.report.Numbers.f0;
import static newsearch.bench.report.Numbers.f1;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service spent its CPU under load: the execution samples of a JFR recording, each one
 * put down to the first step of a search found on its stack, in the order listed here (so the
 * highlighter's own phrase matching counts as highlighting, not as matching).
 */
final class ServiceProfile {

  /**
   * A marker that a frame's class and method name contains, and the step it stands for. A marker
   * that starts with {@value #OWN} names a class or method of the service: {@code
   * ServiceProfileTest} fails when one no longer exists, so that the table cannot silently put a
   * moved class's samples under another step. Ranking comes before collapsing, since the collapser
   * asks for the ranking; spelling and relaxing before both, since they search too.
   */
  static final List<Map.Entry<String, String>> STEPS =
      List.of(
          Map.entry("newsearch.search.highlight.SnippetHighlighter", "highlighting"),
          Map.entry("newsearch.search.highlight.HitAssembler", "assembling hits (stored fields)"),
          Map.entry("newsearch.search.Respeller", "spelling suggestion"),
          Map.entry("newsearch.search.QueryRelaxer", "relaxing a query that matched too few"),
          Map.entry(
              "newsearch.search.facet.SidewaysFacets.buildFacetsResult",
              "counting facets (the in-memory values of every match)"),
          Map.entry("newsearch.search.facet.FacetTree", "labelling facets"),
          Map.entry(
              "newsearch.search.rank.ProximityRescorer", "re-ranking the top hits by proximity"),
          Map.entry("PhraseMatcher", "matching quoted phrases"),
          Map.entry(
              "newsearch.search.rank.BudgetedSearch.count",
              "finding every match for the total and the facets (no scores)"),
          Map.entry(
              "newsearch.search.rank.BudgetedSearch.rank",
              "ranking the top hits (skipping what cannot reach them)"),
          Map.entry("newsearch.search.rank.HitCollapser", "collapsing copies"),
          Map.entry("newsearch.search.RankFusion", "embedding the query, ranking by meaning"),
          Map.entry("newsearch.search.query.UserQueryParser", "parsing and building the query"),
          Map.entry("newsearch.search.query.QueryFactory", "parsing and building the query"),
          Map.entry("com.google.gson", "writing JSON"),
          Map.entry("io.undertow", "HTTP (Undertow, XNIO)"),
          Map.entry("org.xnio", "HTTP (Undertow, XNIO)"));

  /** How the markers of the service's own classes begin. */
  static final String OWN = "newsearch.";

  private ServiceProfile() {}

  /** The share of samples per step, as a Markdown table. */
  static String markdown(Path recording) {
    Map<String, Integer> samples = new LinkedHashMap<>();
    STEPS.forEach(step -> samples.put(step.getValue(), 0));
    samples.put("other", 0);
    int total = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
          samples.merge(step(event.getStackTrace()), 1, Integer::sum);
          total++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MarkdownTable table = new MarkdownTable("step", "samples", "share");
    for (Map.Entry<String, Integer> step : samples.entrySet()) {
      if (step.getValue() > 0) {
        table.row(step.getKey(), f0(step.getValue()), f1(100.0 * step.getValue() / total) + "%");
      }
    }
    return table.toString();
  }

  private static String step(RecordedStackTrace stack) {
    if (stack == null) {
      return "other";
    }
    return step(stack.getFrames().stream().map(ServiceProfile::name).toList());
  }

  /** The step that a stack of frames ({@code class.method}, any order) is put down to. */
  static String step(List<String> frames) {
    for (Map.Entry<String, String> step : STEPS) {
      if (frames.stream().anyMatch(frame -> frame.contains(step.getKey()))) {
        return step.getValue();
      }
    }
    return "other";
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
