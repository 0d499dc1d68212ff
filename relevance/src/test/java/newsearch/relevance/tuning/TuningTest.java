package newsearch.relevance.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake system over one query with ten documents, "r" the only relevant one. Knob {@code k}
 * decides the rank of "r": rank = 1 + |k - 1.0| * 4, so k = 1.0 is best; knob {@code noise} has no
 * effect at all. The target is MRR, so each trial scores 1 / rank.
 */
class TuningTest {

  private static final Qrels QRELS = new Qrels(Map.of("q", Map.of("r", 1)));

  private final List<Map<String, Double>> evaluated = new ArrayList<>();

  private final ConfigEvaluator fakeSystem =
      knobs -> {
        evaluated.add(knobs);
        int rank = 1 + (int) Math.round(Math.abs(knobs.get("k") - 1.0) * 4);
        List<ScoredDoc> docs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          docs.add(new ScoredDoc(i == rank ? "r" : "n" + i, 10 - i));
        }
        return Evaluation.of(QRELS, new Run("fake", Map.of("q", docs)));
      };

  @TempDir Path dir;

  @Test
  void gridTriesEveryCombinationWithTheLastKnobInNameOrderVaryingFastest() {
    Map<String, List<Double>> values = new HashMap<>();
    values.put("b", List.of(0.5, 0.75));
    values.put("a", List.of(1.0, 2.0, 3.0));

    List<Map<String, Double>> grid = TrialPlan.grid(values);

    assertEquals(6, grid.size());
    assertEquals(Map.of("a", 1.0, "b", 0.5), grid.get(0));
    assertEquals(Map.of("a", 1.0, "b", 0.75), grid.get(1));
    assertEquals(Map.of("a", 3.0, "b", 0.75), grid.get(5));
    assertEquals(List.of("a", "b"), List.copyOf(grid.get(0).keySet()));
  }

  @Test
  void randomSearchRepeatsWithItsSeedAndStaysInRange() {
    Map<String, KnobRange> ranges = Map.of("k1", new KnobRange(0.5, 2.0), "b", new KnobRange(0, 1));

    List<Map<String, Double>> first = TrialPlan.random(ranges, 20, 11);

    assertEquals(first, TrialPlan.random(Map.copyOf(ranges), 20, 11));
    assertFalse(first.equals(TrialPlan.random(ranges, 20, 12)));
    for (Map<String, Double> trial : first) {
      assertTrue(trial.get("k1") >= 0.5 && trial.get("k1") < 2.0, trial.toString());
      assertTrue(trial.get("b") >= 0 && trial.get("b") < 1, trial.toString());
    }
  }

  @Test
  void ranksTrialsByTheTargetAndFindsTheBest() throws IOException {
    List<Map<String, Double>> plan =
        TrialPlan.grid(Map.of("k", List.of(0.0, 0.5, 1.0, 1.5), "noise", List.of(1.0, 2.0)));

    TuningResult result = new Tuner(fakeSystem, Metric.MRR).tune(plan);

    assertEquals(plan, evaluated);
    assertEquals(Map.of("k", 1.0, "noise", 1.0), result.best().knobs());
    assertEquals(1.0, result.best().score(Metric.MRR));
    assertEquals(5, result.best().number(), "equal scores keep plan order: trial 5 before 6");
    List<Double> scores = result.ranked().stream().map(t -> t.score(Metric.MRR)).toList();
    assertEquals(List.of(1.0, 1.0, 1.0 / 3, 1.0 / 3, 1.0 / 3, 1.0 / 3, 0.2, 0.2), scores);
  }

  @Test
  void sensitivityShowsWhichKnobMatters() throws IOException {
    List<Map<String, Double>> plan =
        TrialPlan.grid(Map.of("k", List.of(0.0, 0.5, 1.0, 1.5), "noise", List.of(1.0, 2.0)));

    List<KnobSensitivity> sensitivity = new Tuner(fakeSystem, Metric.MRR).tune(plan).sensitivity();

    assertEquals("k", sensitivity.get(0).knob());
    assertEquals(1.0 - 0.2, sensitivity.get(0).spread(), 1e-12);
    assertEquals(4, sensitivity.get(0).levels().size());
    assertEquals("noise", sensitivity.get(1).knob());
    assertEquals(0.0, sensitivity.get(1).spread(), 1e-12);
  }

  @Test
  void sensitivityBinsAKnobWithManyValues() throws IOException {
    List<Map<String, Double>> plan = TrialPlan.random(Map.of("k", new KnobRange(0, 2)), 40, 5);

    KnobSensitivity k = new Tuner(fakeSystem, Metric.MRR).tune(plan).sensitivity().get(0);

    assertTrue(k.levels().size() <= KnobSensitivity.BINS, k.toString());
    assertEquals(40, k.levels().stream().mapToInt(KnobSensitivity.Level::trials).sum());
    assertTrue(k.spread() > 0.3, k.toString());
  }

  @Test
  void reportListsTrialsBestFirstInMarkdownAndHtml() throws IOException {
    List<Map<String, Double>> plan =
        TrialPlan.grid(Map.of("k", List.of(0.0, 1.0, 1.5), "noise", List.of(1.0)));
    TuningResult result = new Tuner(fakeSystem, Metric.MRR).tune(plan);

    TuningReport.write(result, dir);

    String markdown =
        Files.readString(dir.resolve(TuningReport.MARKDOWN_FILE), StandardCharsets.UTF_8);
    assertTrue(markdown.startsWith("# Tuning report: mrr\n"), markdown);
    assertTrue(markdown.contains("Trial 2: mrr 1.0000."), markdown);
    assertTrue(
        markdown.contains(
            "| rank | trial | k | noise | ndcg@10 | ndcg | map | mrr | p@10 | recall@100 | recall@1000 |"),
        markdown);
    int first = markdown.indexOf("| 1 | 2 | 1 | 1 |");
    int second = markdown.indexOf("| 2 | 3 | 1.5 | 1 |");
    int third = markdown.indexOf("| 3 | 1 | 0 | 1 |");
    assertTrue(0 < first && first < second && second < third, markdown);
    assertTrue(markdown.contains("| k | 0.8000 | 1 |"), markdown);

    String html = Files.readString(dir.resolve(TuningReport.HTML_FILE), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertEquals(3, html.split("<svg ", -1).length - 1, "a ranked chart and one per knob");
    assertTrue(html.contains("<tr class=\"best\"><td>1</td><td>2</td>"), html);
  }

  @Test
  void htmlReportNeedsNothingFromTheNetworkAndEscapesKnobNames() throws IOException {
    List<Map<String, Double>> plan = List.of(Map.of("k", 1.0, "<b>&x", 0.0));

    String html = TuningReport.html(new Tuner(fakeSystem, Metric.MRR).tune(plan));

    assertFalse(html.contains("http"), "no external resource");
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<b>&x"), "knob name escaped");
    assertTrue(html.contains("&lt;b&gt;&amp;x"), html);
  }

  @Test
  void emptyPlanIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new Tuner(fakeSystem, Metric.MRR).tune(List.of()));
  }
}
