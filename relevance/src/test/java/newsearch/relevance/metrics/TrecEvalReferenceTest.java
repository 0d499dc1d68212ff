package newsearch.relevance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.SharedData;
import newsearch.relevance.io.QrelsFile;
import newsearch.relevance.io.RunFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every value of trec_eval's own output ({@code -c -q}, per query and mean): for a tiny run
 * in the repository whose output was worked out by hand (see {@code trec_eval/SOURCE.md} among the
 * test resources), and for the shared reference runs made with trec_eval itself (see {@code
 * shared/data/trec_eval-reference/SOURCE.md}), which are skipped where the shared data is absent.
 */
class TrecEvalReferenceTest {

  /** trec_eval prints 4 decimals, so a correct value may differ by half a unit in the last. */
  private static final double TOLERANCE = 1e-4;

  /** One line of {@code trec_eval -q}: measure, query id or {@code all}, value. */
  private record Line(Metric metric, String qid, double value) {}

  @Test
  void everyValueOfTheTinyRunMatchesItsTrecEvalOutputWorkedOutByHand()
      throws IOException, URISyntaxException {
    Path tiny = Path.of(TrecEvalReferenceTest.class.getResource("/trec_eval").toURI());
    Evaluation evaluation =
        assertMatches(
            QrelsFile.read(tiny.resolve("qrels.txt")),
            RunFile.read(tiny.resolve("run.txt")),
            tiny.resolve("run.trec_eval.txt"));
    assertEquals(List.of("q1", "q2", "q3", "q4", "q5"), evaluation.queryIds());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run_a", "run_b"})
  void everyPerQueryAndMeanValueOfTheSharedRunsMatchesTrecEval(String runName) throws IOException {
    Optional<Path> reference = SharedData.folder("trec_eval-reference");
    Optional<Path> cranfield = SharedData.folder("cranfield");
    assumeTrue(reference.isPresent() && cranfield.isPresent(), "shared data not found");
    assertMatches(
        QrelsFile.read(cranfield.get().resolve("qrels.txt")),
        RunFile.read(reference.get().resolve(runName + ".txt")),
        reference.get().resolve(runName + ".trec_eval.txt"));
  }

  /** Asserts every line of {@code trecEvalOutput} and that it covers every judged query. */
  private static Evaluation assertMatches(Qrels qrels, Run run, Path trecEvalOutput)
      throws IOException {
    Evaluation evaluation = Evaluation.of(qrels, run);
    int perQueryLines = 0;
    for (Line line : readTrecEvalOutput(trecEvalOutput)) {
      double actual;
      if (line.qid().equals("all")) {
        actual = evaluation.mean(line.metric());
      } else {
        actual = evaluation.value(line.qid(), line.metric());
        perQueryLines++;
      }
      assertEquals(line.value(), actual, TOLERANCE, line.metric() + " of query " + line.qid());
    }
    // -q prints every judged query under -c, so every query of ours was checked.
    assertEquals(evaluation.queryIds().size() * Metric.values().length, perQueryLines);
    return evaluation;
  }

  private static List<Line> readTrecEvalOutput(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] fields = text.trim().split("\\s+");
      lines.add(new Line(Metric.parse(fields[0]), fields[1], Double.parseDouble(fields[2])));
    }
    return lines;
  }
}
