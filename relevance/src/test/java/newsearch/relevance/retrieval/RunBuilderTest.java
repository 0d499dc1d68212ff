package newsearch.relevance.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.Topic;
import newsearch.relevance.metrics.Evaluation;
import newsearch.relevance.metrics.Metric;
import org.junit.jupiter.api.Test;

class RunBuilderTest {

  private static final List<Topic> TOPICS =
      List.of(new Topic("1", "jet engines"), new Topic("2", "wing flutter"));

  @Test
  void breaksTiesByDocIdDescendingAndMakesScoresStrictlyDecreasing() throws IOException {
    RankedRetrieval system =
        (qid, text, depth) ->
            List.of(
                new ScoredDoc("a", 2.0),
                new ScoredDoc("c", 2.0),
                new ScoredDoc("b", 2.0),
                new ScoredDoc("d", 1.0));

    Run run = new RunBuilder(system, "bm25", 10).build(TOPICS.subList(0, 1));

    List<ScoredDoc> ranking = run.ranking("1");
    assertEquals(List.of("c", "b", "a", "d"), ranking.stream().map(ScoredDoc::docId).toList());
    assertEquals(2.0, ranking.get(0).score());
    assertEquals(Math.nextDown(2.0), ranking.get(1).score());
    assertEquals(Math.nextDown(Math.nextDown(2.0)), ranking.get(2).score());
    assertEquals(1.0, ranking.get(3).score(), "scores below a tie are left as they were");
  }

  @Test
  void givesTheSameRunWhateverOrderTheSystemReturnsTiesIn() throws IOException {
    List<ScoredDoc> docs =
        List.of(new ScoredDoc("x", 1), new ScoredDoc("y", 1), new ScoredDoc("z", 1));
    List<ScoredDoc> reversed = new ArrayList<>(docs);
    Collections.reverse(reversed);

    Run first = new RunBuilder((q, t, d) -> docs, "r", 10).build(TOPICS);
    Run second = new RunBuilder((q, t, d) -> reversed, "r", 10).build(TOPICS);

    assertEquals(first, second);
  }

  @Test
  void passesTopicsThroughAndKeepsOnlyTheRequestedDepth() throws IOException {
    List<String> asked = new ArrayList<>();
    RankedRetrieval system =
        (qid, text, depth) -> {
          asked.add(qid + ":" + text + ":" + depth);
          return List.of(new ScoredDoc("a", 3), new ScoredDoc("b", 2), new ScoredDoc("c", 1));
        };

    Run run = new RunBuilder(system, "r", 2).build(TOPICS);

    assertEquals(List.of("1:jet engines:2", "2:wing flutter:2"), asked);
    assertEquals(2, run.ranking("2").size());
  }

  @Test
  void leavesOutTopicsWithoutResultsWhichThenScoreZero() throws IOException {
    RankedRetrieval system =
        (qid, text, depth) -> qid.equals("1") ? List.of(new ScoredDoc("a", 1)) : List.of();

    Run run = new RunBuilder(system, "r", 10).build(TOPICS);
    Evaluation evaluation =
        Evaluation.of(new Qrels(Map.of("1", Map.of("a", 1), "2", Map.of("b", 1))), run);

    assertEquals(List.of("1"), run.queryIds());
    assertEquals(0.5, evaluation.mean(Metric.MRR));
  }

  @Test
  void refusesADocumentReturnedTwice() {
    RankedRetrieval system =
        (qid, text, depth) ->
            List.of(new ScoredDoc("a", 3), new ScoredDoc("b", 2), new ScoredDoc("a", 1));

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new RunBuilder(system, "r", 10).build(TOPICS));
    assertEquals("the system returned document a twice for query 1", e.getMessage());
  }

  @Property
  void tieSafeScoresStrictlyDecreaseAndKeepTrecEvalOrder(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 5) Integer> coarseScores,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double offset)
      throws IOException {
    List<ScoredDoc> docs = new ArrayList<>();
    for (int i = 0; i < coarseScores.size(); i++) {
      docs.add(new ScoredDoc("d" + i, offset + coarseScores.get(i)));
    }
    List<ScoredDoc> expectedOrder = new ArrayList<>(docs);
    expectedOrder.sort(ScoredDoc.TREC_EVAL_ORDER);

    List<ScoredDoc> ranking =
        new RunBuilder((q, t, d) -> docs, "r", 1000).build(TOPICS.subList(0, 1)).ranking("1");

    assertEquals(docs.size(), ranking.size());
    for (int i = 0; i < ranking.size(); i++) {
      assertEquals(expectedOrder.get(i).docId(), ranking.get(i).docId());
      if (i > 0) {
        assertTrue(ranking.get(i).score() < ranking.get(i - 1).score());
      }
    }
  }
}
