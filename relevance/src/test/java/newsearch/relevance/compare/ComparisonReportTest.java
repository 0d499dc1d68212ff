package newsearch.relevance.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.relevance.OrderedMap;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;
import org.junit.jupiter.api.Test;

/**
 * Four queries, each with one relevant document "r". On MRR the candidate wins q1 (1/2 to 1), loses
 * q2 (1 to 1/3), ties q3 (1 and 1) and ties q4 (neither retrieves anything).
 */
class ComparisonReportTest {

  private static final Qrels QRELS =
      new Qrels(
          OrderedMap.of(
              "q1",
              Map.of("r", 1),
              "q2",
              Map.of("r", 1),
              "q3",
              Map.of("r", 1),
              "q4",
              Map.of("r", 1)));

  private static final Evaluation BASELINE =
      Evaluation.of(
          QRELS,
          new Run(
              "bm25",
              OrderedMap.of(
                  "q1", ranking("x", "r"),
                  "q2", ranking("r"),
                  "q3", ranking("r"))));

  private static final Evaluation CANDIDATE =
      Evaluation.of(
          QRELS,
          new Run(
              "tuned",
              OrderedMap.of(
                  "q1", ranking("r"),
                  "q2", ranking("x", "y", "r"),
                  "q3", ranking("r", "x"))));

  @Test
  void countsWinsLossesAndTiesPerQuery() {
    ComparisonReport report = ComparisonReport.compare(BASELINE, CANDIDATE, Metric.MRR);

    assertEquals(4, report.queries());
    assertEquals(1, report.wins());
    assertEquals(1, report.losses());
    assertEquals(2, report.ties());
    assertEquals((0.5 + 1 + 1) / 4, report.baselineMean(), 1e-12);
    assertEquals((1 + 1.0 / 3 + 1) / 4, report.candidateMean(), 1e-12);
    assertEquals((0.5 - 2.0 / 3) / 4, report.meanDifference(), 1e-12);
    assertEquals(new QueryDelta("q1", 0.5, 1, 0.5), report.perQuery().get(0));
  }

  @Test
  void textNamesTheRunsTheTestsAndTheSeed() {
    String text = ComparisonReport.compare(BASELINE, CANDIDATE, Metric.MRR, 500, 3).toText();

    assertTrue(text.startsWith("mrr: tuned (candidate) vs bm25 (baseline) over 4 queries\n"), text);
    assertTrue(text.contains("difference -0.0417\n"), text);
    assertTrue(text.contains("wins 1, losses 1, ties 2\n"), text);
    assertTrue(text.contains("(two-sided, 500 samples, seed 3)\n"), text);
    assertTrue(text.contains("paired t-test t = -0.1741, df = 3, p = "), text);
  }

  @Test
  void jsonHoldsEveryFieldWithTheMetricsReportName() {
    ComparisonReport report = ComparisonReport.compare(BASELINE, CANDIDATE, Metric.MRR, 500, 3);

    JsonObject json = JsonParser.parseString(report.toJson()).getAsJsonObject();

    assertEquals("mrr", json.get("metric").getAsString());
    assertEquals("tuned", json.get("candidate").getAsString());
    assertEquals(1, json.get("wins").getAsInt());
    assertEquals(3, json.getAsJsonObject("randomization").get("seed").getAsLong());
    assertEquals(
        report.tTest().pValue(), json.getAsJsonObject("tTest").get("pValue").getAsDouble());
    assertEquals(4, json.getAsJsonArray("perQuery").size());
    assertEquals(
        "q2", json.getAsJsonArray("perQuery").get(1).getAsJsonObject().get("qid").getAsString());
  }

  @Test
  void comparingARunWithItselfTiesEverywhereWithPOne() {
    ComparisonReport report = ComparisonReport.compare(BASELINE, BASELINE, Metric.NDCG);

    assertEquals(4, report.ties());
    assertEquals(1.0, report.randomization().pValue());
    assertEquals(1.0, report.tTest().pValue());
    assertEquals(ComparisonReport.DEFAULT_SEED, report.randomization().seed());
  }

  @Test
  void textGivesDecisivePValuesInScientificForm() {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> worse = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> better = new LinkedHashMap<>();
    for (int q = 1; q <= 40; q++) {
      judgments.put("q" + q, Map.of("r", 1));
      worse.put("q" + q, q % 2 == 0 ? ranking("x", "r") : ranking("x", "y", "r"));
      better.put("q" + q, ranking("r"));
    }
    Qrels qrels = new Qrels(judgments);

    String text =
        ComparisonReport.compare(
                Evaluation.of(qrels, new Run("old", worse)),
                Evaluation.of(qrels, new Run("new", better)),
                Metric.MRR)
            .toText();

    assertTrue(text.contains("wins 40, losses 0, ties 0\n"), text);
    assertTrue(text.contains("randomisation test p = 1.00e-04 (two-sided, 10000 samples"), text);
    assertTrue(
        text.matches("(?s).*paired t-test t = \\d+\\.\\d{4}, df = 39, p = \\d\\.\\d\\de-\\d+ .*"),
        text);
  }

  @Test
  void evaluationsOnDifferentQueriesAreRefused() {
    Evaluation other =
        Evaluation.of(new Qrels(Map.of("q9", Map.of("r", 1))), new Run("x", Map.of()));

    assertThrows(
        IllegalArgumentException.class,
        () -> ComparisonReport.compare(BASELINE, other, Metric.MAP));
  }

  private static List<ScoredDoc> ranking(String... ids) {
    ScoredDoc[] docs = new ScoredDoc[ids.length];
    for (int i = 0; i < ids.length; i++) {
      docs[i] = new ScoredDoc(ids[i], ids.length - i);
    }
    return List.of(docs);
  }
}
