package newsearch.relevance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.relevance.OrderedMap;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import org.junit.jupiter.api.Test;

/**
 * A tiny collection whose every value was worked out by hand. Ranks after trec_eval's ordering:
 *
 * <pre>
 * q1  judged d1=3 d2=2 d3=0 d4=1      ranked d3(0) dX(unjudged) d1(3) d2(2) d4(1)
 *     (d1 and dX tie at 4.0: dX comes first, 'X' > '1' as bytes)
 * q2  judged d5=1                     ranked d9(unjudged) d5(1)
 * q3  judged d6=0                     ranked d6(0)       no relevant document
 * q4  judged d7=2                     nothing retrieved
 * q5  not judged                      ranked d1          ignored
 * </pre>
 */
class HandCheckedMetricsTest {

  private static final double EPSILON = 1e-9;

  private static final Qrels QRELS =
      new Qrels(
          OrderedMap.of(
              "q1", Map.of("d1", 3, "d2", 2, "d3", 0, "d4", 1),
              "q2", Map.of("d5", 1),
              "q3", Map.of("d6", 0),
              "q4", Map.of("d7", 2)));

  private static final Run RUN =
      new Run(
          "fixture",
          OrderedMap.of(
              "q1",
              List.of(doc("d1", 4.0), doc("d2", 3.0), doc("d3", 5.0), doc("dX", 4.0), doc("d4", 1)),
              "q2",
              List.of(doc("d5", 1.0), doc("d9", 2.0)),
              "q3",
              List.of(doc("d6", 1.0)),
              "q5",
              List.of(doc("d1", 1.0))));

  private final Evaluation evaluation = Evaluation.of(QRELS, RUN);

  @Test
  void averagesOverEveryJudgedQueryIncludingOnesWithoutRelevantOrRetrievedDocuments() {
    assertEquals(List.of("q1", "q2", "q3", "q4"), evaluation.queryIds());
  }

  @Test
  void ndcgUsesGradeAsGainAndLog2OfRankPlusOneAsDiscount() {
    double q1 =
        (3 / log2(4) + 2 / log2(5) + 1 / log2(6)) / (3 / log2(2) + 2 / log2(3) + 1 / log2(4));
    double q2 = (1 / log2(3)) / 1;
    assertEquals(q1, evaluation.value("q1", Metric.NDCG), EPSILON);
    assertEquals(0.577129, evaluation.value("q1", Metric.NDCG), 1e-6);
    assertEquals(q2, evaluation.value("q2", Metric.NDCG), EPSILON);
    assertEquals(q1, evaluation.value("q1", Metric.NDCG_AT_10), EPSILON);
    assertEquals((q1 + q2) / 4, evaluation.mean(Metric.NDCG), EPSILON);
  }

  @Test
  void averagePrecisionDividesByAllRelevantDocuments() {
    double q1 = (1.0 / 3 + 2.0 / 4 + 3.0 / 5) / 3;
    assertEquals(q1, evaluation.value("q1", Metric.MAP), EPSILON);
    assertEquals(0.5, evaluation.value("q2", Metric.MAP), EPSILON);
    assertEquals((q1 + 0.5) / 4, evaluation.mean(Metric.MAP), EPSILON);
  }

  @Test
  void reciprocalRankIsOfTheFirstPositiveGrade() {
    assertEquals(1.0 / 3, evaluation.value("q1", Metric.MRR), EPSILON);
    assertEquals(1.0 / 2, evaluation.value("q2", Metric.MRR), EPSILON);
    assertEquals((1.0 / 3 + 1.0 / 2) / 4, evaluation.mean(Metric.MRR), EPSILON);
  }

  @Test
  void precisionAtTenCountsMissingResultsAsNonRelevant() {
    assertEquals(0.3, evaluation.value("q1", Metric.P_AT_10), EPSILON);
    assertEquals(0.1, evaluation.value("q2", Metric.P_AT_10), EPSILON);
    assertEquals(0.1, evaluation.mean(Metric.P_AT_10), EPSILON);
  }

  @Test
  void recallIsTheShareOfRelevantDocumentsRetrieved() {
    assertEquals(1.0, evaluation.value("q1", Metric.RECALL_AT_100), EPSILON);
    assertEquals(1.0, evaluation.value("q2", Metric.RECALL_AT_1000), EPSILON);
    assertEquals(0.5, evaluation.mean(Metric.RECALL_AT_100), EPSILON);
  }

  @Test
  void queriesWithoutRelevantOrRetrievedDocumentsScoreZeroEverywhere() {
    for (Metric metric : Metric.values()) {
      assertEquals(0.0, evaluation.value("q3", metric), metric.reportName());
      assertEquals(0.0, evaluation.value("q4", metric), metric.reportName());
    }
  }

  @Test
  void ndcgAt10CutsBothTheRunAndTheIdealRankingAtTen() {
    Map<String, Integer> grades = new LinkedHashMap<>();
    List<ScoredDoc> ranking = new java.util.ArrayList<>(List.of(doc("junk", 100)));
    for (int i = 1; i <= 11; i++) {
      grades.put("r" + i, 1);
      ranking.add(doc("r" + i, 100 - i));
    }
    Evaluation eleven =
        Evaluation.of(new Qrels(Map.of("q", grades)), new Run("r", Map.of("q", ranking)));

    // Ranks 2..10 of ideal ranks 1..10; the 11th relevant document counts only in full nDCG.
    double cut = 0;
    double cutIdeal = 0;
    for (int rank = 1; rank <= 10; rank++) {
      cutIdeal += 1 / log2(rank + 1);
      cut += rank >= 2 ? 1 / log2(rank + 1) : 0;
    }
    assertEquals(cut / cutIdeal, eleven.value("q", Metric.NDCG_AT_10), EPSILON);
    assertEquals(0.779908, eleven.value("q", Metric.NDCG_AT_10), 1e-6);
    assertEquals(0.848676, eleven.value("q", Metric.NDCG), 1e-6);
    assertEquals(0.9, eleven.value("q", Metric.P_AT_10), EPSILON);
  }

  @Test
  void negativeGradesAreNeitherRelevantNorGainful() {
    Evaluation evaluation =
        Evaluation.of(
            new Qrels(Map.of("q", Map.of("bad", -1, "good", 1))),
            new Run("r", Map.of("q", List.of(doc("bad", 2), doc("good", 1)))));

    assertEquals(0.5, evaluation.value("q", Metric.MRR), EPSILON);
    assertEquals(1 / log2(3), evaluation.value("q", Metric.NDCG), EPSILON);
    assertEquals(1.0, evaluation.value("q", Metric.RECALL_AT_100), EPSILON);
  }

  @Test
  void formatPrintsNameThenValueToFourDecimals() {
    String summary = evaluation.format(false);

    assertEquals(
        String.join(
            "\n",
            "num_q 4",
            "ndcg@10 0.3020",
            "ndcg 0.3020",
            "map 0.2444",
            "mrr 0.2083",
            "p@10 0.1000",
            "recall@100 0.5000",
            "recall@1000 0.5000",
            ""),
        summary);
  }

  @Test
  void formatWithQueriesPrintsEachQueryBeforeTheMeans() {
    List<String> lines = evaluation.format(true).lines().toList();

    assertEquals(4 * 7 + 8, lines.size());
    assertEquals("ndcg@10 q1 0.5771", lines.get(0));
    assertEquals("recall@1000 q4 0.0000", lines.get(27));
    assertEquals("num_q 4", lines.get(28));
  }

  @Test
  void unknownQueryIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> evaluation.value("q5", Metric.MAP));
    assertEquals("query q5 is not among the judged queries", e.getMessage());
  }

  @Test
  void metricsAreFoundByReportOrTrecEvalName() {
    assertEquals(Metric.NDCG_AT_10, Metric.parse("ndcg@10"));
    assertEquals(Metric.NDCG_AT_10, Metric.parse("ndcg_cut_10"));
    assertEquals(Metric.MRR, Metric.parse("recip_rank"));
    assertThrows(IllegalArgumentException.class, () -> Metric.parse("bpref"));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static ScoredDoc doc(String id, double score) {
    return new ScoredDoc(id, score);
  }
}
