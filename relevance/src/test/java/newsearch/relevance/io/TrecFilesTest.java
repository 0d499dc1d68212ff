package newsearch.relevance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsearch.relevance.Qrels;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;
import newsearch.relevance.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecFilesTest {

  @TempDir Path dir;

  @Test
  void topicsKeepTabsInsideTheTextAndSurviveAWriteAndRead() throws IOException {
    Path file = write("queries.tsv", "1\tjet engines\n\n2\tnoise\tin cabins\n");

    List<Topic> topics = TopicsFile.read(file);

    assertEquals(
        List.of(new Topic("1", "jet engines"), new Topic("2", "noise\tin cabins")), topics);
    assertEquals(topics, writtenAndRead(topics, "copy.tsv", TopicsFile::write, TopicsFile::read));
  }

  @Test
  void topicLineWithoutATabNamesFileAndLine() throws IOException {
    Path file = write("queries.tsv", "1\tjet engines\n2 noise\n");

    MalformedLineException e =
        assertThrows(MalformedLineException.class, () -> TopicsFile.read(file));

    assertEquals(2, e.lineNumber());
    assertEquals(file, e.file());
    assertEquals(file + ":2: expected 'qid<TAB>text', found no tab", e.getMessage());
  }

  @Test
  void repeatedTopicIdIsRejected() throws IOException {
    Path file = write("queries.tsv", "1\ta\n1\tb\n");

    MalformedLineException e =
        assertThrows(MalformedLineException.class, () -> TopicsFile.read(file));

    assertEquals(2, e.lineNumber());
  }

  @Test
  void qrelsIgnoreTheIterationColumnAndSurviveAWriteAndRead() throws IOException {
    Path file = write("qrels.txt", "# judged 2024\n1 0 d1 2\n1 7 d2 0\n2\t0\td3\t-1\n");

    Qrels qrels = QrelsFile.read(file);

    assertEquals(List.of("1", "2"), qrels.queryIds());
    assertEquals(Map.of("d1", 2, "d2", 0), qrels.grades("1"));
    assertEquals(Map.of("d3", -1), qrels.grades("2"));
    assertEquals(qrels, writtenAndRead(qrels, "copy.txt", QrelsFile::write, QrelsFile::read));
  }

  @Test
  void qrelsLineWithABadGradeNamesFileAndLine() throws IOException {
    Path file = write("qrels.txt", "1 0 d1 2\n1 0 d2 high\n");

    MalformedLineException e =
        assertThrows(MalformedLineException.class, () -> QrelsFile.read(file));

    assertEquals(file + ":2: grade 'high' is not an integer", e.getMessage());
  }

  @Test
  void qrelsLineWithTooFewFieldsOrARepeatedJudgmentIsRejected() throws IOException {
    Path short1 = write("short.txt", "1 d1 2\n");
    Path twice = write("twice.txt", "1 0 d1 2\n1 0 d1 1\n");

    assertEquals(
        1, assertThrows(MalformedLineException.class, () -> QrelsFile.read(short1)).lineNumber());
    assertEquals(
        2, assertThrows(MalformedLineException.class, () -> QrelsFile.read(twice)).lineNumber());
  }

  @Test
  void runOrderComesFromScoresNotTheRankColumn() throws IOException {
    Path file = write("run.txt", "1 Q0 low 1 0.5 bm25\n1 Q0 high 2 9.5 bm25\n");

    Run run = RunFile.read(file);

    assertEquals("bm25", run.tag());
    assertEquals(List.of(new ScoredDoc("high", 9.5), new ScoredDoc("low", 0.5)), run.ranking("1"));
  }

  @Test
  void writtenRunHasConsecutiveRanksAndReadsBackIdentically() throws IOException {
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    rankings.put("2", List.of(new ScoredDoc("a", 0.1), new ScoredDoc("b", 1e-7)));
    rankings.put("1", List.of(new ScoredDoc("c", 12.345000267028809), new ScoredDoc("d", 12.345)));
    Run run = new Run("tuned", rankings);
    Path file = dir.resolve("run.txt");

    RunFile.write(run, file);

    assertEquals(
        List.of(
            "2 Q0 a 1 0.1 tuned",
            "2 Q0 b 2 1.0E-7 tuned",
            "1 Q0 c 1 12.345000267028809 tuned",
            "1 Q0 d 2 12.345 tuned"),
        Files.readAllLines(file, StandardCharsets.UTF_8));
    assertEquals(run, RunFile.read(file));
  }

  @Test
  void runLineWithADocIdSplitByASpaceIsRejected() throws IOException {
    Path file = write("run.txt", "1 Q0 d1 1 3.0 t\n1 Q0 doc 2 2 2.0 t\n");

    MalformedLineException e = assertThrows(MalformedLineException.class, () -> RunFile.read(file));

    assertEquals(
        file + ":2: expected 6 fields 'qid Q0 docid rank score tag', found 7", e.getMessage());
  }

  @Test
  void runLineWithABadScoreOrRankNamesTheLine() throws IOException {
    Path badScore = write("score.txt", "1 Q0 d1 1 high t\n");
    Path badRank = write("rank.txt", "1 Q0 d1 1 3.0 t\n1 Q0 d2 two 2.0 t\n");
    Path infinite = write("inf.txt", "1 Q0 d1 1 Infinity t\n");

    assertEquals(
        badScore + ":1: score 'high' is not a number",
        assertThrows(MalformedLineException.class, () -> RunFile.read(badScore)).getMessage());
    assertEquals(
        2, assertThrows(MalformedLineException.class, () -> RunFile.read(badRank)).lineNumber());
    assertTrue(
        assertThrows(MalformedLineException.class, () -> RunFile.read(infinite))
            .getMessage()
            .contains("non-finite"));
  }

  @Test
  void runWithADocumentTwiceForAQueryIsRejectedAsTrecEvalDoes() throws IOException {
    Path file = write("run.txt", "1 Q0 d1 1 3.0 t\n2 Q0 d1 1 3.0 t\n1 Q0 d1 2 2.0 t\n");

    MalformedLineException e = assertThrows(MalformedLineException.class, () -> RunFile.read(file));

    assertEquals(file + ":3: document d1 is listed twice for query 1", e.getMessage());
  }

  @Test
  void emptyRunFileIsAnError() throws IOException {
    Path file = write("run.txt", "\n# nothing\n");

    IOException e = assertThrows(IOException.class, () -> RunFile.read(file));

    assertTrue(e.getMessage().contains("no result lines"), e.getMessage());
  }

  /** Writes {@code value} to the file {@code name} with {@code writer} and reads it back. */
  private <T> T writtenAndRead(T value, String name, Writer<T> writer, Reader<T> reader)
      throws IOException {
    Path copy = dir.resolve(name);
    writer.write(value, copy);
    return reader.read(copy);
  }

  /** How a file format writes its values. */
  private interface Writer<T> {
    void write(T value, Path file) throws IOException;
  }

  /** How a file format reads its values. */
  private interface Reader<T> {
    T read(Path file) throws IOException;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
