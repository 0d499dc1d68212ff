package newsearch.relevance.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsearch.relevance.Run;
import newsearch.relevance.ScoredDoc;

/**
 * TREC run files: {@code qid Q0 docid rank score tag}, whitespace-separated.
 *
 * <p>As in trec_eval, the rank column is read but ignored: a run's order comes from its scores (see
 * {@link ScoredDoc#TREC_EVAL_ORDER}). Writing puts each query's documents in that order with ranks
 * 1, 2, ... so the file reads the same in tools that trust the rank column.
 */
public final class RunFile {

  private static final int FIELDS = 6;

  private RunFile() {}

  /**
   * Reads a run. Its tag is the one on the first result line.
   *
   * @throws MalformedLineException for a line without exactly six fields (a document id with a
   *     space in it would otherwise shift the columns), a rank that is not an integer, a score that
   *     is not a finite number, or a document listed twice for one query
   */
  public static Run read(Path file) throws IOException {
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    List<String> tags = new ArrayList<>(1);
    LineSource.forEachLine(
        file,
        (line, lineNumber) -> {
          String[] fields = LineSource.fields(line);
          if (fields.length != FIELDS) {
            throw new IllegalArgumentException(
                "expected 6 fields 'qid Q0 docid rank score tag', found " + fields.length);
          }
          String qid = fields[0];
          String docId = fields[2];
          try {
            Long.parseLong(fields[3]);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rank '" + fields[3] + "' is not an integer");
          }
          double score;
          try {
            score = Double.parseDouble(fields[4]);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("score '" + fields[4] + "' is not a number");
          }
          if (!seen.computeIfAbsent(qid, q -> new HashSet<>()).add(docId)) {
            throw new IllegalArgumentException(
                "document " + docId + " is listed twice for query " + qid);
          }
          rankings.computeIfAbsent(qid, q -> new ArrayList<>()).add(new ScoredDoc(docId, score));
          if (tags.isEmpty()) {
            tags.add(fields[5]);
          }
        });
    if (tags.isEmpty()) {
      throw new IOException(file + ": no result lines, so no run tag either");
    }
    return new Run(tags.get(0), rankings);
  }

  /**
   * Writes a run in trec_eval order. Scores are written in Java's shortest round-trip form, so
   * reading the file back gives the same doubles and the same order.
   */
  public static void write(Run run, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<ScoredDoc>> query : run.rankings().entrySet()) {
        int rank = 0;
        for (ScoredDoc doc : query.getValue()) {
          rank++;
          out.write(
              query.getKey()
                  + " Q0 "
                  + doc.docId()
                  + " "
                  + rank
                  + " "
                  + Double.toString(doc.score())
                  + " "
                  + run.tag()
                  + "\n");
        }
      }
    }
  }
}
