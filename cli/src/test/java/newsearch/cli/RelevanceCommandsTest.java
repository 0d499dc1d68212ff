package newsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import newsearch.search.SearchConfig;
import newsearch.search.SearchConfigFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval}, {@code compare} and {@code tune} on the bundled sample and its judgments. */
class RelevanceCommandsTest {

  @TempDir Path dir;
  private final Path root = Path.of("..").toAbsolutePath().normalize();
  private Path index;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void indexTheSample() {
    index = dir.resolve("index");
    assertEquals(
        0,
        run(
            "reindex",
            "--no-vectors",
            "--input",
            root.resolve("index-data/articles").toString(),
            "--index",
            index.toString()));
    out.getBuffer().setLength(0);
  }

  private int run(String... args) {
    CommandLine cli = Newsearch.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  private String[] judged(String command, String... more) {
    String[] base = {
      command,
      "--queries",
      root.resolve("index-data/judgments/queries.tsv").toString(),
      "--qrels",
      root.resolve("index-data/judgments/qrels.txt").toString(),
      "--index",
      index.toString()
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void relatedEvalScoresEachRankingOfRelatedArticlesAgainstTheJudgments() {
    assertEquals(
        0,
        run(
            "related-eval",
            "--qrels",
            root.resolve("index-data/judgments/qrels.txt").toString(),
            "--index",
            index.toString()));
    String[] lines = out.toString().split("\\R");
    assertTrue(lines[0].startsWith("related articles: "), lines[0]);
    assertEquals("ranking     precision any_related       ms        p", lines[1]);
    assertTrue(lines[2].startsWith("chance "), lines[2]);
    // Without vectors every ranking finds the related articles by the words: no difference.
    String lexical = lines[3].substring(9, 33);
    assertTrue(lines[3].startsWith("lexical "), lines[3]);
    assertEquals(lexical, lines[4].substring(9, 33), lines[4]);
    assertTrue(lines[4].startsWith("semantic ") && lines[4].endsWith("1.0000"), lines[4]);
    assertTrue(lines[5].startsWith("hybrid ") && lines[5].endsWith("1.0000"), lines[5]);
  }

  @Test
  void relatedEvalJudgesBySectionWhenGivenTheArchive() {
    assertEquals(
        0,
        run(
            "related-eval",
            "--input",
            root.resolve("index-data/articles").toString(),
            "--index",
            index.toString(),
            "--count",
            "20"));
    String[] lines = out.toString().split("\\R");
    assertTrue(lines[0].startsWith("related articles: 20 seeds (seed 42)"), lines[0]);
    assertEquals(6, lines.length, out.toString());
  }

  @Test
  void relatedEvalRefusesNoSeedsOrNoRelatedArticlesAsAUsageError() {
    String qrels = root.resolve("index-data/judgments/qrels.txt").toString();
    assertEquals(
        2, run("related-eval", "--qrels", qrels, "--index", index.toString(), "--count", "0"));
    assertEquals(
        2, run("related-eval", "--qrels", qrels, "--index", index.toString(), "--size", "0"));
  }

  @Test
  void evalPrintsOneMetricALineAndWritesTheRun() throws Exception {
    Path run = dir.resolve("run.txt");
    assertEquals(0, run(judged("eval", "--run", run.toString())));
    String printed = out.toString();
    assertTrue(printed.matches("(?s).*\\nndcg@10 0\\.\\d{4}\\n.*"), printed);
    for (String metric : new String[] {"map ", "mrr ", "p@10 ", "recall@100 ", "recall@1000 "}) {
      assertTrue(printed.contains("\n" + metric), metric + " missing in " + printed);
    }
    assertTrue(Files.readAllLines(run).get(0).matches("s\\d+ Q0 \\S+ 1 \\S+ newsearch"));
  }

  @Test
  void compareReportsWinsLossesAndSignificance() {
    assertEquals(
        0,
        run(
            judged(
                "compare",
                "--baseline",
                root.resolve("relevance/configs/plain-bm25.json").toString())));
    assertTrue(out.toString().contains("randomisation test p ="), out.toString());
    assertTrue(out.toString().contains("paired t-test"), out.toString());
  }

  @Test
  void tuneWritesAReportAndAConfigurationServeAccepts() throws Exception {
    Path reports = dir.resolve("tuning");
    assertEquals(
        0,
        run(
            judged(
                "tune",
                "--grid",
                "k1=0.9,1.2",
                "--grid",
                "phrase_boost=0,0.1",
                "--out",
                reports.toString())));
    assertTrue(Files.exists(reports.resolve("tuning-report.md")));
    assertTrue(Files.readString(reports.resolve("tuning-report.html")).contains("<svg"));
    SearchConfig best = SearchConfigFile.read(reports.resolve(TuneCommand.BEST_CONFIG));
    assertTrue(best.ranking().k1() == 0.9 || best.ranking().k1() == 1.2, best.toString());
  }
}
