package newsearch.relevance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every value of trec_eval's own output for the shared reference runs (see {@code
 * shared/data/trec_eval-reference/SOURCE.md}). Skipped where the shared data is absent.
 */
class TrecEvalReferenceTest {

  /** trec_eval prints 4 decimals, so a correct value may differ by half a unit in the last. */
  private static final double TOLERANCE = 1e-4;

  /** One line of {@code trec_eval -q}: measure, query id or {@code all}, value. */
  private record Line(Metric metric, String qid, double value) {}

  @ParameterizedTest
  @ValueSource(strings = {"run_a", "run_b"})
  void everyPerQueryAndMeanValueMatchesTrecEval(String runName) throws IOException {
    Optional<Path> reference = SharedData.folder("trec_eval-reference");
    Optional<Path> cranfield = SharedData.folder("cranfield");
    assumeTrue(reference.isPresent() && cranfield.isPresent(), "shared data not found");
    Qrels qrels = QrelsFile.read(cranfield.get().resolve("qrels.txt"));
    Run run = RunFile.read(reference.get().resolve(runName + ".txt"));
    List<Line> expected = readTrecEvalOutput(reference.get().resolve(runName + ".trec_eval.txt"));

    Evaluation evaluation = Evaluation.of(qrels, run);

    int perQueryLines = 0;
    for (Line line : expected) {
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
