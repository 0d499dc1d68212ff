package newsearch.relevance.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import newsearch.relevance.Qrels;

/**
 * TREC qrels: {@code qid iteration docid grade}, whitespace-separated. The iteration column is
 * ignored, as trec_eval ignores it; it is written as {@code 0}.
 */
public final class QrelsFile {

  private QrelsFile() {}

  /**
   * Reads the judgments, keeping queries in the order they first appear.
   *
   * @throws MalformedLineException for a line without exactly four fields, a grade that is not an
   *     integer, or a document judged twice for one query (trec_eval stops on that too)
   */
  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    LineSource.forEachLine(
        file,
        (line, lineNumber) -> {
          String[] fields = LineSource.fields(line);
          if (fields.length != 4) {
            throw new IllegalArgumentException(
                "expected 4 fields 'qid iteration docid grade', found " + fields.length);
          }
          int grade;
          try {
            grade = Integer.parseInt(fields[3]);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("grade '" + fields[3] + "' is not an integer");
          }
          Map<String, Integer> grades =
              judgments.computeIfAbsent(fields[0], qid -> new LinkedHashMap<>());
          if (grades.putIfAbsent(fields[2], grade) != null) {
            throw new IllegalArgumentException(
                "document " + fields[2] + " is judged twice for query " + fields[0]);
          }
        });
    return new Qrels(judgments);
  }

  /** Writes the judgments, query by query. */
  public static void write(Qrels qrels, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Map<String, Integer>> query : qrels.judgments().entrySet()) {
        for (Map.Entry<String, Integer> judgment : query.getValue().entrySet()) {
          out.write(query.getKey() + " 0 " + judgment.getKey() + " " + judgment.getValue() + "\n");
        }
      }
    }
  }
}
